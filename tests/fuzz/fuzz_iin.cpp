// libFuzzer entry point for the IIN check (exitdesk-cli iin check, every IIN field): any text
// must decode without a crash, and "valid" must mean 12 digits whose last one is the check digit.
#include "validation/Iin.h"

#include <cstdint>
#include <cstdlib>

using namespace exitdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const IinInfo info = Iin::decode(text);
    if (info.valid) {
        if (text.size() != 12)
            std::abort();
        for (const QChar c : text) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                std::abort();
        }
        if (Iin::checkDigit(QStringView(text).left(11)) != text.at(11).digitValue())
            std::abort();
    } else if (info.errorCode.isEmpty()) {
        std::abort(); // a refusal names its reason
    }
    if (text.size() >= 11)
        Iin::checkDigit(QStringView(text).left(11));
    return 0;
}
