#pragma once
// Errors of the engine. Core functions throw el::Error; the service layer (ui/) and the CLI catch it
// at the boundary, so no exception leaves a worker thread or reaches main() unhandled.

#include <stdexcept>
#include <string>

namespace el {

enum class ErrorCode {
    FileNotFound,      // a required file or folder does not exist
    FileUnreadable,    // exists but cannot be opened / mapped
    CorruptFile,       // a file whose bytes violate its format (safetensors header, pickle, ...)
    InvalidJson,       // malformed JSON or a JSON value of the wrong type
    MissingWeights,    // no weight file in the folder, or a required tensor is absent
    ShapeMismatch,     // a tensor exists but has the wrong shape
    UnsupportedDtype,  // a tensor dtype the engine cannot convert to float32
    UnsupportedModel,  // model_type / module type / tokenizer component not supported
    InvalidInput,      // bad user input (empty batch, unknown pooling name, ...)
    Cancelled,         // a progress callback asked to stop
    Internal,          // a bug or a LibTorch failure
};

const char* errorCodeName(ErrorCode code);

class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, const std::string& message, std::string file = {})
        : std::runtime_error(message), m_code(code), m_file(std::move(file))
    {
    }
    ErrorCode code() const { return m_code; }
    // The file the error is about (may be empty).
    const std::string& file() const { return m_file; }
    // "message (file)" — one line for stderr or a dialog.
    std::string describe() const;

private:
    ErrorCode m_code;
    std::string m_file;
};

} // namespace el
