#include "Error.h"

namespace el {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileNotFound: return "file not found";
    case ErrorCode::FileUnreadable: return "file unreadable";
    case ErrorCode::CorruptFile: return "corrupt file";
    case ErrorCode::InvalidJson: return "invalid JSON";
    case ErrorCode::MissingWeights: return "missing weights";
    case ErrorCode::ShapeMismatch: return "shape mismatch";
    case ErrorCode::UnsupportedDtype: return "unsupported dtype";
    case ErrorCode::UnsupportedModel: return "unsupported model";
    case ErrorCode::InvalidInput: return "invalid input";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Internal: return "internal error";
    }
    return "error";
}

std::string Error::describe() const
{
    std::string s = what();
    if (!m_file.empty() && s.find(m_file) == std::string::npos) s += " (" + m_file + ")";
    return s;
}

} // namespace el
