#pragma once

#include "WizardPage.h"

#include <QScopedPointer>

namespace Ui {
class ReviewPage;
}

namespace Inlet {

// What will be sent, with secrets masked, and the same request as a copyable curl command with
// placeholders for the secrets. The commit page: its button creates the connection.
class Clipboard;

class ReviewPage : public WizardPage
{
    Q_OBJECT

public:
    ReviewPage(WizardState& state, Clipboard& clipboard, QWidget* parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    QString helpText() const override;

    QString curlCommand() const;

protected:
    void build() override;

private:
    void addRow(const QString& setting, const QString& value);

    const QScopedPointer<Ui::ReviewPage> m_ui;
    Clipboard& m_clipboard;
};

} // namespace Inlet
