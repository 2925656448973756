#include "ZipArchive.h"

#include "Error.h"

#include <array>
#include <cstring>

namespace el {

namespace {

constexpr uint32_t kLocalHeaderSig = 0x04034b50;
constexpr uint32_t kCentralHeaderSig = 0x02014b50;
constexpr uint32_t kEndSig = 0x06054b50;
constexpr uint32_t kZip64EndSig = 0x06064b50;
constexpr uint32_t kZip64LocatorSig = 0x07064b50;
constexpr uint64_t kEndSize = 22;
constexpr uint64_t kZip64LocatorSize = 20;
constexpr uint64_t kZip64EndSize = 56;
constexpr uint64_t kCentralHeaderSize = 46;
constexpr uint64_t kLocalHeaderSize = 30;

uint16_t u16(const uint8_t* p)
{
    return uint16_t(p[0] | (p[1] << 8));
}

uint32_t u32(const uint8_t* p)
{
    return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
}

uint64_t u64(const uint8_t* p)
{
    return uint64_t(u32(p)) | (uint64_t(u32(p + 4)) << 32);
}

// Slice-by-8 tables for the reflected polynomial 0xEDB88320: checking a multi-gigabyte checkpoint
// byte by byte would cost seconds.
using CrcTables = std::array<std::array<uint32_t, 256>, 8>;

constexpr CrcTables makeCrcTables()
{
    CrcTables t{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        t[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; ++i)
        for (size_t s = 1; s < 8; ++s) t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xff];
    return t;
}

constexpr CrcTables kCrc = makeCrcTables();

} // namespace

uint32_t ZipArchive::crc32(const uint8_t* p, uint64_t n, uint32_t crc)
{
    uint32_t c = ~crc;
    while (n >= 8) {
        const uint32_t lo = u32(p) ^ c;
        const uint32_t hi = u32(p + 4);
        c = kCrc[7][lo & 0xff] ^ kCrc[6][(lo >> 8) & 0xff] ^ kCrc[5][(lo >> 16) & 0xff] ^ kCrc[4][lo >> 24] ^
            kCrc[3][hi & 0xff] ^ kCrc[2][(hi >> 8) & 0xff] ^ kCrc[1][(hi >> 16) & 0xff] ^ kCrc[0][hi >> 24];
        p += 8;
        n -= 8;
    }
    while (n--) c = kCrc[0][(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

bool ZipArchive::hasZipSignature(const uint8_t* data, uint64_t size)
{
    return size >= 4 && (u32(data) == kLocalHeaderSig || u32(data) == kEndSig);
}

ZipArchive::ZipArchive(const uint8_t* data, uint64_t size, std::string file)
    : m_data(data), m_size(size), m_file(std::move(file))
{
    const uint64_t end = findEndOfCentralDirectory();
    const uint8_t* e = m_data + end;
    if (u16(e + 4) != 0 && u16(e + 4) != 0xffff)
        throw Error(ErrorCode::UnsupportedModel, m_file + " is a multi-disk zip archive, which torch.save never writes",
                    m_file);
    uint64_t count = u16(e + 10);
    uint64_t cdSize = u32(e + 12);
    uint64_t cdOffset = u32(e + 16);

    // ZIP64: PyTorch's writer (miniz with MZ_ZIP_FLAG_WRITE_ZIP64) always adds the ZIP64 record;
    // when it is there its values are authoritative.
    if (end >= kZip64LocatorSize && u32(e - kZip64LocatorSize) == kZip64LocatorSig) {
        const uint64_t recOffset = u64(e - kZip64LocatorSize + 8);
        if (recOffset > end - kZip64LocatorSize || end - kZip64LocatorSize - recOffset < kZip64EndSize)
            corrupt("the ZIP64 end-of-central-directory locator points outside the archive");
        const uint8_t* r = m_data + recOffset;
        if (u32(r) != kZip64EndSig) corrupt("the ZIP64 end-of-central-directory record has a bad signature");
        count = u64(r + 32);
        cdSize = u64(r + 40);
        cdOffset = u64(r + 48);
    } else if (count == 0xffff || cdSize == 0xffffffffu || cdOffset == 0xffffffffu) {
        corrupt("the end-of-central-directory record needs ZIP64 data that is missing");
    }
    if (cdOffset > end || cdSize > end - cdOffset)
        corrupt("the central directory (offset " + std::to_string(cdOffset) + ", " + std::to_string(cdSize) +
                " bytes) does not fit in the " + std::to_string(m_size) + "-byte file; is it truncated?");
    if (count > cdSize / kCentralHeaderSize)
        corrupt("the archive claims " + std::to_string(count) + " entries, more than its central directory holds");
    readCentralDirectory(cdOffset, cdSize, count);
}

void ZipArchive::corrupt(const std::string& what) const
{
    throw Error(ErrorCode::CorruptFile, "corrupt zip archive " + m_file + ": " + what, m_file);
}

uint64_t ZipArchive::findEndOfCentralDirectory() const
{
    if (m_size < kEndSize)
        corrupt("the file is only " + std::to_string(m_size) + " bytes long (truncated?)");
    // The record sits at the very end unless followed by a comment of at most 65535 bytes.
    const uint64_t last = m_size - kEndSize;
    const uint64_t first = last > 0xffff ? last - 0xffff : 0;
    for (uint64_t pos = last + 1; pos-- > first;) {
        if (u32(m_data + pos) == kEndSig && pos + kEndSize + u16(m_data + pos + 20) <= m_size) return pos;
    }
    corrupt("no end-of-central-directory record (the file is truncated or not a zip archive)");
}

void ZipArchive::readCentralDirectory(uint64_t cdOffset, uint64_t cdSize, uint64_t count)
{
    uint64_t pos = cdOffset;
    const uint64_t cdEnd = cdOffset + cdSize;
    m_entries.reserve(size_t(count));
    for (uint64_t i = 0; i < count; ++i) {
        if (cdEnd - pos < kCentralHeaderSize) corrupt("the central directory ends in the middle of an entry");
        const uint8_t* h = m_data + pos;
        if (u32(h) != kCentralHeaderSig)
            corrupt("central directory entry " + std::to_string(i) + " has a bad signature");
        const uint16_t flags = u16(h + 8);
        const uint16_t method = u16(h + 10);
        const uint16_t nameLen = u16(h + 28);
        const uint16_t extraLen = u16(h + 30);
        const uint16_t commentLen = u16(h + 32);
        if (cdEnd - pos - kCentralHeaderSize < uint64_t(nameLen) + extraLen + commentLen)
            corrupt("central directory entry " + std::to_string(i) + " runs past the directory");
        Entry entry;
        entry.name.assign(reinterpret_cast<const char*>(h + kCentralHeaderSize), nameLen);
        entry.crc = u32(h + 16);
        uint64_t compSize = u32(h + 20);
        uint64_t size = u32(h + 24);
        uint64_t localOffset = u32(h + 42);
        uint32_t disk = u16(h + 34);

        // ZIP64 extended information: only the fields saturated in the header, in this order.
        const uint8_t* x = h + kCentralHeaderSize + nameLen;
        const uint8_t* xEnd = x + extraLen;
        while (xEnd - x >= 4) {
            const uint16_t id = u16(x);
            const uint16_t len = u16(x + 2);
            if (xEnd - x - 4 < len) corrupt("entry '" + entry.name + "' has a malformed extra field");
            if (id == 0x0001) {
                const uint8_t* f = x + 4;
                const uint8_t* fEnd = f + len;
                auto take = [&](uint64_t& v) {
                    if (fEnd - f < 8) corrupt("entry '" + entry.name + "' has a short ZIP64 extra field");
                    v = u64(f);
                    f += 8;
                };
                if (size == 0xffffffffu) take(size);
                if (compSize == 0xffffffffu) take(compSize);
                if (localOffset == 0xffffffffu) take(localOffset);
                if (disk == 0xffff && fEnd - f >= 4) disk = u32(f);
            }
            x += 4 + len;
        }

        if (flags & 0x1)
            throw Error(ErrorCode::UnsupportedModel, "zip entry '" + entry.name + "' in " + m_file + " is encrypted",
                        m_file);
        if (method != 0)
            throw Error(ErrorCode::UnsupportedModel,
                        "zip entry '" + entry.name + "' in " + m_file + " is compressed (method " +
                            std::to_string(method) + "); torch.save archives store entries uncompressed",
                        m_file);
        if (disk != 0) corrupt("entry '" + entry.name + "' lives on another disk");
        if (compSize != size) corrupt("stored entry '" + entry.name + "' has different packed and unpacked sizes");
        if (localOffset > m_size || m_size - localOffset < kLocalHeaderSize)
            corrupt("entry '" + entry.name + "' has its local header outside the file");
        const uint8_t* l = m_data + localOffset;
        if (u32(l) != kLocalHeaderSig) corrupt("entry '" + entry.name + "' has a bad local header signature");
        const uint64_t dataOffset = localOffset + kLocalHeaderSize + u16(l + 26) + u16(l + 28);
        if (dataOffset > m_size || m_size - dataOffset < size)
            corrupt("the data of entry '" + entry.name + "' (" + std::to_string(size) +
                    " bytes) runs past the end of the file; is it truncated?");
        if (u16(l + 26) != nameLen || std::memcmp(l + kLocalHeaderSize, entry.name.data(), nameLen) != 0)
            corrupt("entry '" + entry.name + "' has a different name in its local header");
        entry.offset = dataOffset;
        entry.size = size;
        if (!m_index.emplace(entry.name, m_entries.size()).second)
            corrupt("entry '" + entry.name + "' appears twice");
        m_entries.push_back(std::move(entry));
        pos += kCentralHeaderSize + nameLen + extraLen + commentLen;
    }
}

const ZipArchive::Entry* ZipArchive::find(std::string_view name) const
{
    auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_entries[it->second];
}

bool ZipArchive::crcMatches(const Entry& e) const
{
    return crc32(dataOf(e), e.size) == e.crc;
}

} // namespace el
