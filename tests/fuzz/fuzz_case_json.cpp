// libFuzzer entry point for the case JSON import (exitdesk-cli case import): any bytes must
// give either cases or findings, never a crash, a hang or undefined behaviour. A document that
// imports must also survive export and re-import (export(import(x)) imports again).
#include "interchange/CaseImporter.h"
#include "interchange/CaseJson.h"

#include <cstdint>
#include <cstdlib>

using namespace exitdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QDate today(2026, 11, 20);
    for (bool asDrafts : {false, true}) {
        const ImportCheck check = CaseImporter::check(bytes, asDrafts, today);
        for (const Finding &f : check.errors + check.warnings) {
            if (f.message(QStringLiteral("kk")).isEmpty() || f.message(QStringLiteral("en")).isEmpty())
                std::abort(); // every refusal must say why
        }
    }
    QList<Case> cases;
    Findings errors;
    if (CaseJson::parseDocument(bytes, &cases, &errors)) {
        for (const Case &c : cases) {
            QList<Case> again;
            Findings againErrors;
            if (!CaseJson::parseDocument(CaseJson::toBytes(c), &again, &againErrors) || again.size() != 1 ||
                !again.first().sameContent(c))
                std::abort();
        }
    }
    return 0;
}
