// Switches the calling thread to the C locale for as long as it lives. libxlsxwriter prints
// numbers with printf("%.16G"), which under kk_KZ.UTF-8 or ru_RU.UTF-8 (set by QCoreApplication)
// writes a decimal comma and breaks the file. uselocale() is per thread, so a worker thread can
// export while the GUI thread keeps the user's locale.
#pragma once

#include <clocale>
#include <locale.h>

namespace exitdesk {

class CLocaleScope
{
public:
    CLocaleScope()
    {
        static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
        m_previous = uselocale(c);
    }
    ~CLocaleScope() { uselocale(m_previous); }
    CLocaleScope(const CLocaleScope &) = delete;
    CLocaleScope &operator=(const CLocaleScope &) = delete;

private:
    locale_t m_previous;
};

} // namespace exitdesk
