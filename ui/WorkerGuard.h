#pragma once
// The exception boundary of the engine worker: everything core throws becomes an EngineError, so no
// exception ever leaves a worker thread (QtConcurrent would rethrow it on the GUI thread).

#include "EngineError.h"

#include "Error.h"

#include <exception>
#include <new>

namespace elui {

template <class Fn>
EngineError runGuarded(Fn&& fn)
{
    try {
        fn();
        return {};
    } catch (const el::Error& e) {
        return EngineError::fromCode(e.code(), QString::fromStdString(e.describe()));
    } catch (const std::bad_alloc&) {
        return EngineError::fromCode(el::ErrorCode::Internal, QStringLiteral("out of memory"));
    } catch (const std::exception& e) {
        return EngineError::fromCode(el::ErrorCode::Internal, QString::fromUtf8(e.what()));
    } catch (...) {
        return EngineError::fromCode(el::ErrorCode::Internal, QStringLiteral("unknown exception"));
    }
}

} // namespace elui
