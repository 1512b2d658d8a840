#include "ledger/FastZip.h"

#include <xlsxwriter/third_party/zip.h>

#include <dlfcn.h>

namespace {

constexpr int NoLevel = -100;
thread_local int t_level = NoLevel;

using OpenInZip = int (*)(zipFile, const char *, const zip_fileinfo *, const void *, uInt, const void *, uInt,
                          const char *, int, int, int, int, int, int, const char *, uLong, uLong, uLong, int);

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

// libminizip's function, found by the dynamic linker here first (see FastZip.h).
extern "C" int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                                       const void *extrafield_local, uInt size_extrafield_local,
                                       const void *extrafield_global, uInt size_extrafield_global,
                                       const char *comment, int method, int level, int raw, int windowBits,
                                       int memLevel, int strategy, const char *password, uLong crcForCrypting,
                                       uLong versionMadeBy, uLong flagBase, int zip64)
{
    static const auto minizip = reinterpret_cast<OpenInZip>(dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
    if (!minizip)
        return ZIP_INTERNALERROR;
    if (t_level != NoLevel && method == Z_DEFLATED)
        level = t_level;
    return minizip(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                   size_extrafield_global, comment, method, level, raw, windowBits, memLevel, strategy, password,
                   crcForCrypting, versionMadeBy, flagBase, zip64);
}
