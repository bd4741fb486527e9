#include "core/common/EnglishPlurals.h"

#include <QRegularExpression>

namespace ab {

namespace {

// Words whose plural is not the word and "s", and verbs that agree with the count before them.
struct Irregular
{
    const char *pattern;
    const char *one;
    const char *many;
};

constexpr Irregular Irregulars[] = {
    {"entry(s)", "entry", "entries"},
    {"(s) are ", " is ", "s are "},
    {"(s) process ", " processes ", "s process "},
};

} // namespace

QString englishPluralForm(const QString &source, int n)
{
    QString text = source;
    const bool one = n == 1;
    for (const Irregular &irregular : Irregulars)
        text.replace(QLatin1String(irregular.pattern), QLatin1String(one ? irregular.one : irregular.many));
    text.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
    text.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
    return text;
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    const QString source = QString::fromUtf8(sourceText);
    if (!source.contains(QLatin1Char('(')))
        return {};
    const QString form = englishPluralForm(source, n);
    return form == source ? QString() : form;
}

} // namespace ab
