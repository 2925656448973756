#pragma once
// An engine failure carried as data from the worker thread to the GUI thread, where ErrorText turns
// the code into a translated sentence (core's messages are English and technical).

#include "Error.h"

#include <QString>

namespace elui {

struct EngineError
{
    el::ErrorCode code = el::ErrorCode::Internal;
    QString detail;   // core's own message (el::Error::describe()), untranslated
    bool set = false; // false: no error

    static EngineError fromCode(el::ErrorCode c, const QString& text) { return {c, text, true}; }
};

} // namespace elui
