#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Inlet::Bench {

// One line of the result table: metric | Inlet | floor/peer | ratio | budget | pass/fail.
struct BenchRow
{
    enum class Verdict { Pass, Fail, Info, Error };

    QString metric;
    QString inlet;
    QString peer;
    QString ratio;
    QString budget;
    Verdict verdict = Verdict::Info;
    QString note; // e.g. why a figure is missing

    // value ≤ maxRatio × peer
    static BenchRow withRatio(const QString& metric, const QString& unit, double inlet, double peer, double maxRatio);
    // value ≤ peer + maxDelta
    static BenchRow withDelta(const QString& metric, const QString& unit, double inlet, double peer, double maxDelta);
    // value ≤ limit
    static BenchRow withLimit(const QString& metric, const QString& unit, double inlet, double limit);
    // A figure without a budget (context for the ones with one).
    static BenchRow info(const QString& metric, const QString& unit, double inlet, double peer = -1);
    static BenchRow error(const QString& metric, const QString& why);
};

// The rows in order, printed as one Markdown table, followed by the notes.
class BenchTable
{
public:
    void add(const BenchRow& row) { m_rows.append(row); }
    void addNote(const QString& note) { m_notes.append(note); }
    QString toMarkdown() const;

    bool anyFailed() const;
    bool anyError() const;

private:
    QList<BenchRow> m_rows;
    QStringList m_notes;
};

QString formatNumber(double value, const QString& unit);

} // namespace Inlet::Bench
