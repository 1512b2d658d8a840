// The base of every official form: built from a FormData, laid out once in millimetres on A4,
// painted page by page. The same object serves the print preview, the printer, PDF export and
// the tests (no window needed):
//   form.pageCount(); form.paintPage(i, painter /* 1 unit = 1 mm */);
#pragma once

#include "DocumentCode.h"
#include "FormData.h"
#include "FormKind.h"
#include "layout/PageFlow.h"

#include <QMarginsF>
#include <QSizeF>

#include <optional>

namespace exitdesk::forms {

class FormBuilder;

class OfficialForm
{
public:
    explicit OfficialForm(FormData data);
    virtual ~OfficialForm();
    OfficialForm(const OfficialForm &) = delete;
    OfficialForm &operator=(const OfficialForm &) = delete;

    virtual FormKind kind() const = 0;
    const FormData &data() const { return m_data; }

    static QSizeF pageSizeMm() { return {210, 297}; }
    static QMarginsF marginsMm() { return {25, 15, 15, 20}; }

    int pagesPerCopy() const;
    int copies() const;
    int pageCount() const { return pagesPerCopy() * copies(); }
    // The copy number printed on page `page` (0-based, over all copies); 0 when none is printed.
    int copyNumberOfPage(int page) const;
    // Paints page `page` (0-based, over all copies). The painter's unit must be 1 mm with the
    // page's top left at the origin (PdfExporter / FormPainter set that up).
    void paintPage(int page, QPainter &p) const;

    // What the document states, independent of the language: the content sealed by the check code.
    QString canonicalContent() const;
    // Whether the form prints a QR check code (Annexes 4, 7, 9).
    virtual bool carriesCode() const { return false; }
    DocumentCode code() const;

protected:
    virtual void build(FormBuilder &b) const = 0;
    // The form-specific facts of canonicalContent(), one per line.
    virtual QStringList contentFacts() const;

    // Shared pieces.
    void addCodeBlock(FormBuilder &b) const; // the QR code with its caption and the case number
    QString applicantName() const { return m_data.caseData.applicantFullName(); }
    static QString date(const QDate &d); // dd.MM.yyyy, or empty

private:
    const QList<LaidOutPage> &pages() const;
    void paintFooter(QPainter &p, int copy, int pageInCopy, int pagesInCopy) const;

    FormData m_data;
    mutable std::optional<QList<LaidOutPage>> m_pages;
};

} // namespace exitdesk::forms
