#pragma once
// English plural forms for the %n strings (issue 19: no "record(s)" on screen or paper). The source strings
// are written "%n record(s)" so that lupdate marks them numerus and the German and French catalogues give
// their own forms; English has no catalogue of its own, so this translator, installed first (asked last,
// after any catalogue), writes the English form from the source: "(s)" dropped for one, "s" for any other
// count, with the few irregular words and verbs that follow a count. It answers only %n strings: every other
// string is left to the catalogues or the source text.

#include <QString>
#include <QTranslator>

namespace ab {

// The English form of a numerus source string for `n` ("%n" itself is left for Qt to replace).
QString englishPluralForm(const QString &source, int n);

class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
};

} // namespace ab
