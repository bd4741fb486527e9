#pragma once
// Sample…: draws a seeded sample of exactly the records a filter selects (the audit log's filtered view),
// stores it (core/analytics/SampleStore.h: immutable, logged) and returns it. The dialog states the
// population (the filter in words and its count), asks for the size (or opens Sample Size… to compute it),
// the seed (a fresh random one by default, stored so anyone can re-draw) and a name.

#include "core/analytics/SampleStore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace ab {

class SampleDialog : public QDialog
{
    Q_OBJECT
public:
    SampleDialog(WorkspaceStore &store, const AuditFilter &filter, QWidget *parent = nullptr);

    // Asks, draws and stores; nothing when cancelled. Errors stay in the dialog until fixed or cancelled.
    static std::optional<analytics::Sample> draw(WorkspaceStore &store, const AuditFilter &filter,
                                                 QWidget *parent);

    const std::optional<analytics::Sample> &sample() const { return m_sample; }
    qint64 populationCount() const { return m_population; }
    void setSize(qint64 size);
    void setSeed(quint64 seed);
    void setName(const QString &name);
    // Draws with what the fields hold; on success accepts the dialog, else shows why.
    bool drawNow();
    QString errorText() const;

private:
    void askSampleSize();

    WorkspaceStore &m_store;
    AuditFilter m_filter;
    qint64 m_population = 0;
    QSpinBox *m_size = nullptr;
    QLineEdit *m_seed = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    std::optional<analytics::Sample> m_sample;
};

} // namespace ab
