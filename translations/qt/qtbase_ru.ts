<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <source>DD</source>
            <translation>DD</translation>
        </message>
        <message>
            <source>in</source>
            <translation>дм</translation>
        </message>
        <message>
            <source>mm</source>
            <translation>мм</translation>
        </message>
        <message>
            <source>pt</source>
            <translation>пт</translation>
        </message>
        <message>
            <source>P̸</source>
            <translation>P̸</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>нижнее поле</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Бумага</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Источник бумаги:</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>правое поле</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Пика (P̸)</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Поля</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Особый</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Размещение страниц</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Ширина:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Ориентация</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Дидо (DD)</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Порядок страниц:</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>верхнее поле</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>левое поле</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Размер страницы:</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Цицеро (CC)</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Перевёрнутая книжная</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Миллиметры (мм)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Пункты (пт)</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Страниц на листе:</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Дюймы (дм)</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Перевёрнутая альбомная</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Высота:</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Нет</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Справка</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прервать</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>По умолчанию</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;ет для всех</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сохранить все</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Да для &amp;всех</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Чётные</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Параметры &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Параметры &gt;&gt;</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Слева направо, сверху вниз</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>Справа налево, снизу вверх</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Запись файла PDF</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Печать</translation>
        </message>
        <message>
            <source>1 (1x1)</source>
            <translation>1 (1x1)</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Параметры «Страниц на листе» и «Список страниц» не могут использоваться одновременно.
Отключите один из них.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 уже существует.
Заменить его?</translation>
        </message>
        <message>
            <source>2 (2x1)</source>
            <translation>2 (2x1)</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Слева направо, снизу вверх</translation>
        </message>
        <message>
            <source>4 (2x2)</source>
            <translation>4 (2x2)</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Нечётные</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Локальный файл</translation>
        </message>
        <message>
            <source>6 (2x3)</source>
            <translation>6 (2x3)</translation>
        </message>
        <message>
            <source>16 (4x4)</source>
            <translation>16 (4x4)</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Обнаружены противоречия в настройках двусторонней печати. Устранить?</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Печать в файл (PDF)</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Печать в файл ...</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Неверное определение страницы</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 имеет некорректный синтаксис. Используйте «,» для разделения страниц и диапазонов, а «-» — для определения диапазонов. Пересекающиеся диапазоны недопустимы.</translation>
        </message>
        <message>
            <source>9 (3x3)</source>
            <translation>9 (3x3)</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>Справа налево, сверху вниз</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Снизу вверх, слева направо</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Значение «с» не может быть больше значения «по».</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Все страницы</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Противоречия в настройках двусторонней печати</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 ― это каталог.
Выберите другое имя файла.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>%1 недоступен для записи.
Выберите другое имя файла.</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Снизу вверх, справа налево</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Сверху вниз, слева направо</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Сверху вниз, справа налево</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Отключена</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Страницы</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Текущая страница</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Выделенный фрагмент</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Копии</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Диапазон печати</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Режим цвета</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Настройки вывода</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Обратный порядок</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Оттенки серого</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Разобрать по копиям</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Количество копий:</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Переплёт по короткой стороне</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Укажите страницы или диапазоны, разделяя их запятыми. Диапазоны задаются двумя числами, разделёнными дефисом. Например: при указании 3,5-7,9 будут напечатаны страницы 3, 5, 6, 7 и 9.</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Страницы с</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Двусторонняя печать</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Список страниц:</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Переплёт по длинной стороне</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Просмотр печати</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>На всю страницу</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Параметры страницы</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Параметры страницы</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Показать обзор всех страниц</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Первая страница</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Последняя страница</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Показать одну страницу</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Экспорт в PDF</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Предыдущая страница</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Следующая страница</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Показать титульные страницы</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Закрыть без сохранения</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>От&amp;мена</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>...</source>
            <translation>...</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Тип:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>Вывод в &amp;файл:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>С&amp;войства</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Расположение:</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>Job</source>
            <translation>Задание</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>В конце:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Banner Pages</source>
            <translation>Гриф</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>Ночью (с 18:00 по 5:59)</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>В определённое время</translation>
        </message>
        <message>
            <source>Billing information:</source>
            <translation>Платёжная информация:</translation>
        </message>
        <message>
            <source>Scheduled printing:</source>
            <translation>Отложенная печать:</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Совершенно секретно</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <translation>Особой важности</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>В начале:</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>Днём (с 6:00 по 17:59)</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Во вторую смену (с 16:00 по 23:59)</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>Управление</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>В выходные (суббота и воскресенье)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Стандартная</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>С ограничением доступа</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>В третью смену (с 0:00 по 7:59)</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>Напечатать сейчас</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Секретно</translation>
        </message>
        <message>
            <source>Job priority:</source>
            <translation>Приоритет:</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Без ограничения доступа</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Top</source>
            <translation>Вверх</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Прокрутить вниз</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>Прокрутить сюда</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Прокрутить влево</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>На страницу вверх</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>На страницу вправо</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Прокрутить вверх</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Прокрутить вправо</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>К левой границе</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>На страницу вниз</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>На страницу влево</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>К правой границе</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Показать </translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» защищён от записи.
Действительно удалить?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Действительно удалить «%1»?</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Места и закладки</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Имя файла:</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Папка с файлами</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Новая папка</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Родительский каталог</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Новая папка</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Мой компьютер</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Перейти к:</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Создать новую папку</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Файл %1</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Типы файлов:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Найти каталог</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Показать ск&amp;рытые файлы</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Сохранить как</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Боковая панель</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Выбрать</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Каталоги</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Переименовать</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Не удалось удалить каталог.</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Каталог:</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестный</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 уже существует.
Заменить его?</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Перейти в родительский каталог</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Недавние документы</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Переключить в подробный режим</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Создать папку</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Ярлык</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Подробный вид</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Переключить в режим списка</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить действие</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить действие</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>В&amp;ставить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Выделить всё</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить действие</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить действие</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>В&amp;ставить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Выделить всё</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Скопировать &amp;адрес ссылки</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Страница</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Обнаружены противоречия в некоторых настройках. Устраните их.</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Расширенные</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Мой компьютер</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Компьютер</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Некорректное имя файла</translation>
        </message>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;Имя «%1» не может быть использовано.&lt;/b&gt;&lt;p&gt;Попробуйте использовать имя меньшей длины и/или без символов пунктуации.</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Дата изменения</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>True</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>Открыть раскрывающийся список</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Противоречия расширенных настроек</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Параметры задания</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Противоречия в настройках страницы</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Обнаружены противоречия в некоторых расширенных настройках. Устранить?</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Обнаружены противоречия в настройках страницы. Устранить?</translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation>Свойства принтера</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Что это?</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Показать подробности...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>О Qt</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Скрыть подробности...</translation>
        </message>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;О Qt&lt;/h3&gt;&lt;p&gt;Данная программа использует Qt версии %1.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE Начало встраивания написания справа налево</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP Пробел нулевой ширины</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI Начало изоляции написания слева направо</translation>
        </message>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Вставить управляющий символ Unicode</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO Начало замены написания слева направо</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE Начало встраивания написания слева направо</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI Начало изоляции написания справа налево</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM Признак написания справа налево</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF Признак окончания написания с другим направлением</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ Необъединяющий символ нулевой ширины</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO Начало замены написания справа налево</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI Восстановление изоляции направления</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ Объединяющий символ нулевой ширины</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM Признак написания слева направо</translation>
        </message>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI Первая жёсткая изоляция</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>Step &amp;down</source>
            <translation>Шаг вн&amp;из</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Шаг вв&amp;ерх</translation>
        </message>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Выделить всё</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Прокрутить влево</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Прокрутить вправо</translation>
        </message>
    </context>
    <context>
        <name>QCupsPrinterSupport</name>
        <message>
            <source>Authentication needed to use %1 on %2.</source>
            <translation>Для использования %1 на %2 требуется аутентификация.</translation>
        </message>
        <message>
            <source>Authentication needed to use %1.</source>
            <translation>Для использования %1 требуется аутентификация.</translation>
        </message>
        <message>
            <source>Authentication Needed</source>
            <translation>Требуется аутентификация</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Имя пользователя:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Отменить</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Папка</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестный</translation>
        </message>
    </context>
</TS>
