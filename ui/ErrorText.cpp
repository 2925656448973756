#include "ErrorText.h"

namespace elui {

QString ErrorText::headline(el::ErrorCode code)
{
    switch (code) {
    case el::ErrorCode::FileNotFound:
        return tr("A required file or folder was not found.");
    case el::ErrorCode::FileUnreadable:
        return tr("A file could not be read.");
    case el::ErrorCode::CorruptFile:
        return tr("A file is damaged or not in the expected format.");
    case el::ErrorCode::InvalidJson:
        return tr("A configuration file is not valid JSON or has unexpected values.");
    case el::ErrorCode::MissingWeights:
        return tr("The model weights are missing or incomplete.");
    case el::ErrorCode::ShapeMismatch:
        return tr("A weight tensor does not have the shape the configuration requires.");
    case el::ErrorCode::UnsupportedDtype:
        return tr("The weights use a number format that is not supported.");
    case el::ErrorCode::UnsupportedModel:
        return tr("This kind of model is not supported yet.");
    case el::ErrorCode::InvalidInput:
        return tr("The input is not valid.");
    case el::ErrorCode::Cancelled:
        return tr("The operation was cancelled.");
    case el::ErrorCode::Internal:
        break;
    }
    return tr("An internal error occurred.");
}

QString ErrorText::describe(const EngineError& error)
{
    if (error.detail.isEmpty()) return headline(error.code);
    return headline(error.code) + QStringLiteral("\n\n") + error.detail;
}

} // namespace elui
