#pragma once
// A translator that turns every translatable string into its mirror image ("Event %1" -> "1% tnevE"), so a
// test can prove which text is translated (UI labels change) and which is evidence (contract error texts,
// package answers, stored results, activity-log details: byte-for-byte the same whatever the UI language).
// Placeholders are reversed too, so a translated format string visibly breaks instead of passing unnoticed.

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>

namespace ab::test {

class PseudoTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        QString text = QString::fromUtf8(sourceText);
        std::reverse(text.begin(), text.end());
        return text;
    }
};

// Installs a PseudoTranslator for the scope's lifetime.
class ScopedPseudoTranslation
{
public:
    ScopedPseudoTranslation() { QCoreApplication::installTranslator(&m_translator); }
    ~ScopedPseudoTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    ScopedPseudoTranslation(const ScopedPseudoTranslation &) = delete;
    ScopedPseudoTranslation &operator=(const ScopedPseudoTranslation &) = delete;

private:
    PseudoTranslator m_translator;
};

} // namespace ab::test
