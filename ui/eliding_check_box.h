#pragma once
// A check box whose text gives way with an ellipsis when its column is narrow ("Virgin Atlantic
// A…"), where a plain check box cuts it off mid-letter. The whole text stays its accessible name
// and is offered in its tooltip.

#include <QCheckBox>

namespace tripdesk {

class ElidingCheckBox : public QCheckBox
{
public:
    explicit ElidingCheckBox(const QString &text, QWidget *parent = nullptr);

    QString fullText() const { return m_full; }
    bool isElided() const { return text() != m_full; }

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize sizeFor(const QString &text) const;
    void fit();

    QString m_full;
};

} // namespace tripdesk
