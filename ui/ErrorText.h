#pragma once
// Turns engine error codes into translated sentences for dialogs and the log; core's own detail
// (file, tensor, shapes) follows as the technical part.

#include "EngineError.h"

#include <QCoreApplication>
#include <QString>

namespace elui {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString headline(el::ErrorCode code);
    // "headline\n\ndetail"
    static QString describe(const EngineError& error);
};

} // namespace elui
