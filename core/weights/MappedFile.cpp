#include "MappedFile.h"

#include "Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace el {

MappedFile::MappedFile(const std::filesystem::path& path) : m_path(path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, "file not found: " + path.string(), path.string());
    if (!std::filesystem::is_regular_file(path, ec))
        throw Error(ErrorCode::FileUnreadable, "not a regular file: " + path.string(), path.string());

    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error(ErrorCode::FileUnreadable,
                    "cannot open " + path.string() + ": " + std::strerror(errno), path.string());
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        throw Error(ErrorCode::FileUnreadable, "cannot stat " + path.string() + ": " + std::strerror(err),
                    path.string());
    }
    m_size = static_cast<uint64_t>(st.st_size);
    if (m_size > 0) {
        void* p = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            throw Error(ErrorCode::FileUnreadable,
                        "cannot map " + path.string() + ": " + std::strerror(err), path.string());
        }
        m_mapping = p;
        m_data = static_cast<const uint8_t*>(p);
    }
    ::close(fd); // the mapping stays valid after closing the descriptor
}

MappedFile::~MappedFile()
{
    if (m_mapping) ::munmap(m_mapping, m_size);
}

} // namespace el
