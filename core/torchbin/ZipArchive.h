#pragma once
// Read-only view of an uncompressed ZIP/ZIP64 archive held in memory (a mapped torch.save file).
// Only what torch.save writes is accepted: stored (method 0), unencrypted, single-disk entries.
// Mirrors the parts of PKWARE APPNOTE 6.3 that caffe2/serialize/inline_container.cc relies on
// through miniz: end-of-central-directory (+ ZIP64 locator/record), central directory, local
// headers, and the CRC-32 check miniz performs when a record is extracted.
// Every offset and length is checked against the buffer, so a truncated or hostile archive gives
// el::Error(CorruptFile) and never a read outside the buffer.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace el {

class ZipArchive
{
public:
    struct Entry
    {
        std::string name;
        uint64_t offset = 0; // of the entry's data, from the start of the buffer
        uint64_t size = 0;
        uint32_t crc = 0;
    };

    // Parses the central directory of data[0, size). The buffer must outlive the archive. file names
    // the archive in error messages. Throws el::Error(CorruptFile) for anything malformed and
    // el::Error(UnsupportedModel) for compressed, encrypted or multi-disk entries.
    ZipArchive(const uint8_t* data, uint64_t size, std::string file);

    // Entries in central-directory order.
    const std::vector<Entry>& entries() const { return m_entries; }
    // nullptr when absent.
    const Entry* find(std::string_view name) const;
    const uint8_t* dataOf(const Entry& e) const { return m_data + e.offset; }
    // Whether the entry's bytes match the CRC-32 recorded in the central directory.
    bool crcMatches(const Entry& e) const;

    // Whether the buffer starts like a zip archive (local header or empty-archive signature).
    static bool hasZipSignature(const uint8_t* data, uint64_t size);
    // CRC-32 (ISO-HDLC, as used by zip), continuing from a previous value.
    static uint32_t crc32(const uint8_t* data, uint64_t size, uint32_t crc = 0);

private:
    [[noreturn]] void corrupt(const std::string& what) const;
    uint64_t findEndOfCentralDirectory() const;
    void readCentralDirectory(uint64_t cdOffset, uint64_t cdSize, uint64_t count);

    const uint8_t* m_data;
    uint64_t m_size;
    std::string m_file;
    std::vector<Entry> m_entries;
    std::map<std::string, size_t, std::less<>> m_index;
};

} // namespace el
