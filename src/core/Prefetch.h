#pragma once

#include "core/Operation.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace Inlet {

// One read asked for ahead of the button press that needs it, while the user is still choosing or
// typing, for one key at a time. take() hands its answer over once (a reload reads again) or, while it
// is still under way, an operation that finishes with it: the press waits for nothing already asked.
// Every key is scoped by what the answers also depend on (the session's addresses, org, sandbox and
// credential), so an answer read under another scope is never handed over. Only for reads, which
// change nothing on the server when cancelled.
template <typename T>
class Prefetch
{
public:
    using Read = ResultOperation<T>;
    using StartRead = std::function<Read*()>;
    using Scope = std::function<QString()>;

    Prefetch(qint64 lifetimeMs, Scope scope)
        : m_lifetimeMs(lifetimeMs)
        , m_scope(std::move(scope))
    {
    }
    Prefetch(const Prefetch&) = delete;
    Prefetch& operator=(const Prefetch&) = delete;
    ~Prefetch() { drop(); }

    // Reads `key` unless a read of it younger than the lifetime is under way or answered; one of another
    // key still under way is cancelled. `context` owns this object (its finished slot dies with it).
    void start(const QString& unscopedKey, const StartRead& startRead, QObject* context)
    {
        const QString key = scoped(unscopedKey);
        if (m_entry && m_entry->key == key && (m_entry->reading || m_entry->answer) && isFresh(*m_entry))
            return;
        drop();
        Read* reading = startRead();
        m_entry.emplace();
        m_entry->key = key;
        m_entry->reading = reading;
        m_entry->age.start();
        QObject::connect(reading, &Operation::finished, context, [this, reading] {
            if (!m_entry || m_entry->reading != reading)
                return; // replaced, or taken
            if (!reading->error())
                m_entry->answer = reading->result();
            m_entry->reading.clear();
        });
    }

    // `key`'s answer: the prefetched one when it succeeded and is younger than the lifetime, the read
    // still under way, or else a new read.
    Read* take(const QString& unscopedKey, const StartRead& startRead, QObject* parent)
    {
        const QString key = scoped(unscopedKey);
        std::optional<Entry> entry;
        std::swap(entry, m_entry);
        if (!entry || entry->key != key || !isFresh(*entry)) {
            if (entry && entry->reading)
                entry->reading->cancel();
            return startRead();
        }
        if (entry->answer) {
            auto* answered = new Read(parent);
            answered->finishWithResult(*entry->answer);
            return answered;
        }
        if (!entry->reading)
            return startRead(); // it failed: read again
        return forward(entry->reading.data(), parent);
    }

private:
    struct Entry
    {
        QString key;
        QPointer<Read> reading; // under way
        std::optional<T> answer; // once in
        QElapsedTimer age;
    };

    QString scoped(const QString& key) const { return m_scope() + u'\n' + key; }
    bool isFresh(const Entry& entry) const { return entry.age.elapsed() < m_lifetimeMs; }

    // Cancels a read under way and forgets any answer.
    void drop()
    {
        if (m_entry && m_entry->reading)
            m_entry->reading->cancel();
        m_entry.reset();
    }

    // An operation of the caller's that finishes as `reading` does; cancelling it cancels the read.
    static Read* forward(Read* reading, QObject* parent)
    {
        auto* forwarded = new Read(parent);
        const QPointer<Read> source = reading;
        forwarded->setCanceller([source] {
            if (source)
                source->cancel();
            return false; // a read changes nothing
        });
        QObject::connect(reading, &Operation::finished, forwarded, [forwarded, source] {
            if (source->error())
                forwarded->finishWithError(source->error());
            else
                forwarded->finishWithResult(source->result());
        });
        return forwarded;
    }

    qint64 m_lifetimeMs;
    Scope m_scope;
    std::optional<Entry> m_entry;
};

} // namespace Inlet
