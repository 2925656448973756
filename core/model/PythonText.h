#pragma once
// The two Python string operations sentence-transformers applies before tokenising
// (models/Transformer.py, tokenize): str.strip() and str.lower(), with CPython's semantics.
// Input bytes that are not valid UTF-8 become U+FFFD, as the tokenizer would make them.

#include <string>
#include <string_view>

namespace el {

// CPython str.isspace() for one code point.
bool pythonIsSpace(char32_t c);
// str.strip(): removes leading and trailing str.isspace() characters.
std::string pythonStrip(std::string_view utf8);
// str.lower(): full lowercase mapping (U+0130 -> "i̇") with the Final_Sigma rule for U+03A3.
std::string pythonLower(std::string_view utf8);
// Number of code points (Python len()), counting each invalid byte as one.
size_t pythonLength(std::string_view utf8);

} // namespace el
