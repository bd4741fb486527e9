#pragma once
// One error vocabulary for everything core throws at a user: each error is an ab::Error whose text() is the
// complete one-line message, already in the user's language ("file:line:column: expected ..." for bad input,
// "Cannot open ..." for a workspace). The CLI prints errorMessage() on stderr; the workbench's task panel
// and issues dock show the same text. Evidence text never travels in an exception.

#include <QString>

#include <exception>
#include <stdexcept>

namespace ab {

class Error : public std::runtime_error
{
public:
    explicit Error(const QString &text) : std::runtime_error(text.toStdString()), m_text(text) {}
    // The whole message as a user reads it.
    const QString &text() const { return m_text; }

private:
    QString m_text;
};

// The text a user is shown for any exception: Error::text(), else the foreign exception's what() (a library's
// message, untranslated), else "Unexpected error".
QString errorMessage(const std::exception &error);
QString errorMessage(std::exception_ptr error);

} // namespace ab
