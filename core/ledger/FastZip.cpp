#include "ledger/FastZip.h"

#include <xlsxwriter/third_party/zip.h>
#include <zlib.h>

#include <dlfcn.h>

#include <deque>
#include <future>
#include <string>
#include <vector>

namespace {

constexpr int NoLevel = -100;
thread_local int t_level = NoLevel;

using OpenInZip = int (*)(zipFile, const char *, const zip_fileinfo *, const void *, uInt, const void *, uInt,
                          const char *, int, int, int, int, int, int, const char *, uLong, uLong, uLong, int);
using WriteInZip = int (*)(zipFile, const void *, unsigned);
using CloseInZip = int (*)(zipFile);
using CloseRawInZip = int (*)(zipFile, ZPOS64_T, uLong);

template <typename Function>
Function minizip(const char *name)
{
    // The next definition after ExitDesk's own: libminizip's.
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

// One block of a part deflated on its own thread: raw deflate, primed with the 32 KiB before it
// so that it compresses as well as a single stream would, and ended with a sync flush (the
// last with the final block), so that the blocks laid end to end are one deflate stream.
struct Deflated
{
    bool ok = false;
    std::string data;
    uLong crc = 0;
    size_t size = 0; // uncompressed
};

Deflated deflateBlock(const std::string &input, const std::string &dictionary, bool last, int level)
{
    Deflated out;
    out.size = input.size();
    out.crc = crc32(0L, reinterpret_cast<const Bytef *>(input.data()), uInt(input.size()));
    z_stream s = {};
    if (deflateInit2(&s, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return out;
    if (!dictionary.empty()
        && deflateSetDictionary(&s, reinterpret_cast<const Bytef *>(dictionary.data()), uInt(dictionary.size()))
               != Z_OK) {
        deflateEnd(&s);
        return out;
    }
    out.data.resize(deflateBound(&s, uLong(input.size())) + 16);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    s.avail_in = uInt(input.size());
    s.next_out = reinterpret_cast<Bytef *>(&out.data[0]);
    s.avail_out = uInt(out.data.size());
    const int rc = deflate(&s, last ? Z_FINISH : Z_SYNC_FLUSH);
    out.ok = last ? rc == Z_STREAM_END : (rc == Z_OK && s.avail_in == 0);
    out.data.resize(out.data.size() - s.avail_out);
    deflateEnd(&s);
    return out;
}

// The part being written while a FastZip lives: its bytes are cut into blocks deflated two at a
// time on other threads, and written in order to the zip opened raw.
class ParallelPart
{
public:
    ParallelPart(zipFile file, int level) : m_file(file), m_level(level) {}
    ~ParallelPart()
    {
        for (auto &f : m_inFlight)
            f.wait();
    }

    zipFile file() const { return m_file; }

    int write(const void *buf, unsigned len)
    {
        m_pending.append(static_cast<const char *>(buf), len);
        while (m_pending.size() >= BlockSize) {
            if (!submit(m_pending.substr(0, BlockSize), false))
                return ZIP_INTERNALERROR;
            m_pending.erase(0, BlockSize);
        }
        return ZIP_OK;
    }

    int close(CloseRawInZip closeRaw)
    {
        if (!submit(m_pending, true) || !drain(0))
            return ZIP_INTERNALERROR;
        return closeRaw(m_file, m_size, m_crc);
    }

private:
    static constexpr size_t BlockSize = 1 << 20;
    static constexpr size_t Window = 32768;
    static constexpr size_t InFlight = 2; // the machine's two cores

    bool submit(std::string block, bool last)
    {
        std::string dictionary = m_tail;
        m_tail = block.size() >= Window ? block.substr(block.size() - Window) : m_tail + block;
        if (m_tail.size() > Window)
            m_tail.erase(0, m_tail.size() - Window);
        const int level = m_level;
        m_inFlight.push_back(std::async(std::launch::async, [block = std::move(block),
                                                             dictionary = std::move(dictionary), last, level] {
            return deflateBlock(block, dictionary, last, level);
        }));
        return drain(InFlight);
    }

    // Writes the finished blocks in order until at most `keep` are still being deflated.
    bool drain(size_t keep)
    {
        static const auto write = minizip<WriteInZip>("zipWriteInFileInZip");
        while (m_inFlight.size() > keep) {
            const Deflated d = m_inFlight.front().get();
            m_inFlight.pop_front();
            if (!d.ok || !write)
                return false;
            if (!d.data.empty() && write(m_file, d.data.data(), unsigned(d.data.size())) != ZIP_OK)
                return false;
            m_crc = crc32_combine(m_crc, d.crc, z_off_t(d.size));
            m_size += d.size;
        }
        return true;
    }

    zipFile m_file;
    int m_level;
    std::string m_pending;
    std::string m_tail; // the last 32 KiB given to the previous blocks
    std::deque<std::future<Deflated>> m_inFlight;
    uLong m_crc = 0;
    ZPOS64_T m_size = 0;
};

thread_local ParallelPart *t_part = nullptr;

} // namespace

namespace exitdesk {

FastZip::FastZip() : m_previous(t_level)
{
    t_level = Level;
}

FastZip::~FastZip()
{
    t_level = m_previous;
}

} // namespace exitdesk

// libminizip's functions, found by the dynamic linker here first (see FastZip.h).

extern "C" int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                                       const void *extrafield_local, uInt size_extrafield_local,
                                       const void *extrafield_global, uInt size_extrafield_global,
                                       const char *comment, int method, int level, int raw, int windowBits,
                                       int memLevel, int strategy, const char *password, uLong crcForCrypting,
                                       uLong versionMadeBy, uLong flagBase, int zip64)
{
    static const auto open = minizip<OpenInZip>("zipOpenNewFileInZip4_64");
    if (!open)
        return ZIP_INTERNALERROR;
    if (t_part && t_part->file() != file) { // a workbook abandoned midway left its part open
        delete t_part;
        t_part = nullptr;
    }
    const bool parallel = t_level != NoLevel && method == Z_DEFLATED && !raw && !password && !t_part;
    if (parallel)
        level = t_level;
    // The part opened raw: the blocks come deflated already (ParallelPart).
    const int rc = open(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                        size_extrafield_global, comment, method, level, parallel ? 1 : raw, windowBits, memLevel,
                        strategy, password, crcForCrypting, versionMadeBy, flagBase, zip64);
    if (rc == ZIP_OK && parallel)
        t_part = new ParallelPart(file, level);
    return rc;
}

extern "C" int zipWriteInFileInZip(zipFile file, const void *buf, unsigned len)
{
    if (t_part && t_part->file() == file)
        return t_part->write(buf, len);
    static const auto write = minizip<WriteInZip>("zipWriteInFileInZip");
    return write ? write(file, buf, len) : ZIP_INTERNALERROR;
}

extern "C" int zipCloseFileInZip(zipFile file)
{
    if (t_part && t_part->file() == file) {
        static const auto closeRaw = minizip<CloseRawInZip>("zipCloseFileInZipRaw64");
        ParallelPart *part = t_part;
        t_part = nullptr;
        const int rc = closeRaw ? part->close(closeRaw) : ZIP_INTERNALERROR;
        delete part;
        return rc;
    }
    static const auto close = minizip<CloseInZip>("zipCloseFileInZip");
    return close ? close(file) : ZIP_INTERNALERROR;
}
