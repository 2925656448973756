#include "cli/CliApp.h"

#include <iostream>

int main(int argc, char** argv)
{
    return elcli::run(argc, argv, std::cout, std::cerr);
}
