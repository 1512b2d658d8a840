// How the workbooks libxlsxwriter writes on this thread are deflated while a FastZip lives:
// at zlib's fastest level, on both cores.
//
// libxlsxwriter 1.1.4 deflates every part of a workbook at zlib's default level (6), with no
// option to change it, when the workbook is closed, after every row was written, on one
// thread. The register's sheet is about 110 MB of XML a 100 000 lines, and that deflate was a
// third of an export's time. At level 1 the file is about a quarter larger and takes less than
// half the time; cut into 1 MiB blocks deflated two at a time (each primed with the 32 KiB
// before it and ended with a sync flush, so that laid end to end they are one deflate stream,
// as pigz does), it takes half that again.
//
// libxlsxwriter writes each part through minizip (zipOpenNewFileInZip4_64, zipWriteInFileInZip,
// zipCloseFileInZip), which it takes from the shared libminizip at run time. FastZip.cpp defines
// those functions in ExitDesk's own binaries, which the dynamic linker looks in first: while a
// FastZip lives on the calling thread, a part is opened raw at level 1, its bytes deflated in
// blocks as above and written in order, and closed with their size and CRC; otherwise every call
// goes to libminizip's unchanged. Where this does not take (a libxlsxwriter built with minizip
// inside), the files are the same, only deflated at the default level on one thread;
// tests/ledger checks the exported sheets' level and that every part reads back whole.
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
