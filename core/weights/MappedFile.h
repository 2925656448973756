#pragma once
// A read-only memory mapping of a whole file (POSIX mmap). Weight files are mapped rather than read so
// that a multi-gigabyte checkpoint costs no extra copy: each tensor is copied once, from the mapping
// into its own float32 buffer.

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace el {

class MappedFile
{
public:
    // Throws el::Error(FileNotFound) when the path does not exist or is not a regular file, and
    // el::Error(FileUnreadable) when it cannot be opened or mapped.
    explicit MappedFile(const std::filesystem::path& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    const uint8_t* data() const { return m_data; }
    uint64_t size() const { return m_size; }

private:
    std::filesystem::path m_path;
    const uint8_t* m_data = nullptr;
    uint64_t m_size = 0;
    void* m_mapping = nullptr; // what munmap needs (nullptr for an empty file)
};

} // namespace el
