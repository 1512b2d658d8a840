// The deflate level of the workbooks libxlsxwriter writes on this thread while a FastZip lives.
//
// libxlsxwriter 1.1.4 deflates every part of a workbook at zlib's default level (6), with no
// option to change it, when the workbook is closed, after every row was written, on one
// thread. The register's sheet is about 110 MB of XML a 100 000 lines, and that deflate was a
// third of an export's time. At level 1 the file is about a quarter larger and takes less than
// half the time to deflate.
//
// libxlsxwriter opens each part of the zip through minizip's zipOpenNewFileInZip4_64, which it
// takes from the shared libminizip at run time. FastZip.cpp defines that function in ExitDesk's
// own binaries, which the dynamic linker looks in first, and hands every call on to libminizip's
// unchanged but for the level, and that only while a FastZip is alive on the calling thread.
// Where this does not take (a libxlsxwriter built with minizip inside), the files are the same,
// only deflated at the default level; tests/ledger checks the level of the exported sheets.
#pragma once

namespace exitdesk {

class FastZip
{
public:
    static constexpr int Level = 1; // zlib's Z_BEST_SPEED

    FastZip();
    ~FastZip();
    FastZip(const FastZip &) = delete;
    FastZip &operator=(const FastZip &) = delete;

private:
    int m_previous;
};

} // namespace exitdesk
