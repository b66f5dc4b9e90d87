#include "widgets/Questions.h"

#include <QPointer>
#include <QTimer>

namespace banister {

namespace {
std::optional<QMessageBox::StandardButton> g_autoAnswer;
QString g_lastQuestion;
} // namespace

void Questions::ask(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton, Done done)
{
    g_lastQuestion = text;
    if (g_autoAnswer) {
        const QMessageBox::StandardButton answer = *g_autoAnswer;
        QTimer::singleShot(0, parent, [done, answer] { done(answer); });
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setObjectName(objectName);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, done](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        done(answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer);
    });
    box->open();
}

void Questions::setAutoAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    g_autoAnswer = answer;
}

QString Questions::lastQuestion()
{
    return g_lastQuestion;
}

} // namespace banister
