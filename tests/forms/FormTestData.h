// Cases and office settings built in code for the forms tests (no database needed): an
// ordinary accepted case, a long one (6 children, 12 relatives, 10 work records), and the
// form data for every form.
#pragma once

#include "FormData.h"
#include "FormKind.h"

namespace exitdesk::test {

Case sampleCase();
// 6 children, 12 relatives, 10 work records: the content that flows onto further pages.
Case longCase();
forms::OfficeSettings sampleOffice();
// Form data that makes `kind` applicable: grounds for the refusals, missing documents for
// Annex 5 (with the case set refused at intake), the due date for the receipt.
forms::FormData formData(forms::FormKind kind, forms::FormLanguage lang, const Case &c = sampleCase());
// All nine grounds, for the long refusal notice.
QList<forms::RefusalGround> allGrounds();

} // namespace exitdesk::test
