#pragma once

#include <QMainWindow>

#include <memory>

class QTreeWidget;

namespace evalreview {

class LibraryStore;

/// The top-level window: composes the views and wires their controllers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Takes ownership of an opened library and shows its contents.
    void setLibrary(std::unique_ptr<LibraryStore> store);
    LibraryStore *library() const { return m_store.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void reloadDocuments();

    std::unique_ptr<LibraryStore> m_store;
    QTreeWidget *m_documents = nullptr;
};

} // namespace evalreview
