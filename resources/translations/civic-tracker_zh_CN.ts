<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="125"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="146"/>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="148"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="201"/>
        <source>Backups are for SQLite files; back up a server database with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="205"/>
        <source>Backups of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="230"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="238"/>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="233"/>
        <source>The backup was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="154"/>
        <source>Second Backup Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="157"/>
        <source>Another disk or a network share that receives a checked copy of every backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="159"/>
        <source>No Second Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="171"/>
        <source>A backup is taken every day the app is used, before every upgrade and import, and before a restore. Each is checked before it is kept (SQLite&apos;s integrity check, the tables and their row counts). %1 daily and %2 weekly backups are kept (Preferences), and always the newest checked one; backups taken by hand are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="235"/>
        <source>A copy was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="245"/>
        <source>Second backup folder (another disk or a network share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="259"/>
        <source>Replace the data with the backup taken %1?

The current data is backed up first, so this can be undone by restoring that backup. Other copies of the app on this database see the restored data too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="263"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="269"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="274"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="275"/>
        <source>The data was restored. The state before the restore was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="284"/>
        <source>No second backup folder: backups are kept beside the database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="288"/>
        <source>Every backup is also copied to %1 (set by CIVIC_TRACKER_BACKUP_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="291"/>
        <source>Every backup is also copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="51"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="51"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="51"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="51"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="51"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="64"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="65"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="66"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="67"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="68"/>
        <source>Before emptying the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="73"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="88"/>
        <source>Not checked by this version of Civic Tracker, or changed since it was checked. Restoring it checks it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="103"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="103"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="261"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="36"/>
        <source>Match the columns of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="42"/>
        <source>Civic Tracker could not tell which column is which. Choose, for each field, the column of your sheet that holds it (header row %1). Fields marked * are needed for new rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="52"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="56"/>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="63"/>
        <source>Rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="72"/>
        <source>Save this mapping as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="74"/>
        <source>for example: Transport team list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="97"/>
        <source>(not in this sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="137"/>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="137"/>
        <source>Give the mapping a name to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="109"/>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="135"/>
        <source>Start from case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="137"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="163"/>
        <source>Delete program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="182"/>
        <source>Edit task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="202"/>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="222"/>
        <source>Delete task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="241"/>
        <source>Move task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="269"/>
        <source>Log progress on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="302"/>
        <source>Set %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="331"/>
        <source>Delete %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="350"/>
        <source>Add indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="392"/>
        <source>Edit indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="415"/>
        <source>Delete indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="429"/>
        <source>“%1” is no longer in the trash (it was emptied); restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="441"/>
        <source>Delete progress entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/ui/server_actions.py" line="153"/>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="158"/>
        <source>e.g. db.district.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="166"/>
        <source>from ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="167"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="172"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="173"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="174"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="175"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="176"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="184"/>
        <source>The password is never saved in the settings. Put it in ~/.pgpass (or %APPDATA%\postgresql\pgpass.conf on Windows), or you will be asked at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="189"/>
        <source>The password is never saved in the settings; it is kept in the system keyring if you tick the box, else you will be asked at start (unless ~/.pgpass has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="195"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="200"/>
        <source>Use the &amp;local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="230"/>
        <source>The server wants a password: type it above, or put it in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="173"/>
        <source>Program for the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="177"/>
        <source>Indicator for the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="201"/>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="202"/>
        <source>No progress in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="205"/>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="206"/>
        <source>Indicator chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="210"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="247"/>
        <source>Overdue tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="249"/>
        <source>No progress in the last 30 days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="255"/>
        <source> (case)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTaskModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="113"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="113"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="28"/>
        <source>Export meeting workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="31"/>
        <source>Import workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="34"/>
        <location filename="../../app/ui/excel_actions.py" line="88"/>
        <source>Undo last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="45"/>
        <source>This database is open read-only; nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="54"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="61"/>
        <source>Import workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="65"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="82"/>
        <source>Imported: %1 created, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="94"/>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="99"/>
        <source>Undo the import of %1 (%2)? Its %3 new rows go to the trash and its %4 changed rows get their old values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="117"/>
        <source>Undone: %1 values put back, %2 rows moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="122"/>
        <source>%1 indicator values the import had added were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="57"/>
        <location filename="../../app/ui/export_dialog.py" line="129"/>
        <location filename="../../app/ui/export_dialog.py" line="133"/>
        <location filename="../../app/ui/export_dialog.py" line="187"/>
        <source>Export meeting workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="62"/>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="65"/>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="67"/>
        <source>The office&apos;s own programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="68"/>
        <source>Own programs and the case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="69"/>
        <source>Only the case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="70"/>
        <source>Programs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="79"/>
        <source>Only with status
(none ticked: all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="80"/>
        <source>Only the program shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="84"/>
        <source>for example 2026-10 (the Summary lists progress since then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="85"/>
        <source>Progress since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="86"/>
        <source>Add a History sheet of every recorded change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="98"/>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="133"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="145"/>
        <source>Writing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="166"/>
        <source>Workbook written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="167"/>
        <source>%1: %2 programs, %3 tasks, %4 progress entries, %5 indicator values of %6 indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="184"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="192"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../app/ui/history_panel.py" line="222"/>
        <location filename="../../app/ui/history_panel.py" line="326"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="224"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="225"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="226"/>
        <source>Moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="227"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="228"/>
        <source>Deleted for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="234"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="236"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="237"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="238"/>
        <source>Progress entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="239"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="240"/>
        <source>Indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="244"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="250"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="256"/>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="258"/>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="260"/>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="311"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="324"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="354"/>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="354"/>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../app/ui/history_panel.py" line="46"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="47"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="48"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="49"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="50"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="51"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="52"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="53"/>
        <location filename="../../app/ui/history_panel.py" line="100"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="56"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="57"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="58"/>
        <source>Moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="59"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="60"/>
        <source>Deleted for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="63"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="64"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="65"/>
        <source>Local title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="66"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="67"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="68"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="69"/>
        <source>Lead organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="70"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="72"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="73"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="74"/>
        <source>Case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="75"/>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="76"/>
        <source>Percent complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="77"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="78"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="79"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="80"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="81"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="82"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="83"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="84"/>
        <location filename="../../app/ui/history_panel.py" line="101"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="85"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="86"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="87"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="89"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="90"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="91"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="92"/>
        <source>Baseline period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="93"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="94"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="95"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="96"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="97"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="102"/>
        <source>Progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="103"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="104"/>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="172"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="63"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="67"/>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Sheet, row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="85"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="86"/>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="87"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="88"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="99"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="102"/>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="106"/>
        <source>Match columns...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110"/>
        <source>Save a copy with an Errors sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="115"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="120"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145"/>
        <source>Cancelling; nothing will be written...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="156"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="178"/>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="191"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="192"/>
        <source>%1 created, %2 updated, %3 unchanged. File &gt; Undo last import takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="204"/>
        <source> (the first %1 changes are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="213"/>
        <source>new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="240"/>
        <source>ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="242"/>
        <source>%1 stored rows not in this sheet (left alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="247"/>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="247"/>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="274"/>
        <location filename="../../app/ui/import_dialog.py" line="281"/>
        <source>Save a copy with an Errors sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="274"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="284"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="285"/>
        <source>Fix the red cells in %1 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="75"/>
        <source>Choose an indicator to see its chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="96"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="105"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="119"/>
        <source>%1: no values recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="133"/>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="143"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="277"/>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="277"/>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="287"/>
        <source>e.g. Households reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="288"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="292"/>
        <source>optional: made from the program key and the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="297"/>
        <source>The key names the indicator in workbooks; it stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="298"/>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="301"/>
        <source>e.g. households, %, tonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="302"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="304"/>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="305"/>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="306"/>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="308"/>
        <location filename="../../app/ui/dialogs.py" line="314"/>
        <source>a number, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="309"/>
        <source>&amp;Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="312"/>
        <source>Baseline &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="315"/>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="318"/>
        <source>Target d&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="322"/>
        <source>How it is measured, where the figures come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="323"/>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="386"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="398"/>
        <source>An indicator needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="402"/>
        <source>Indicator key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="169"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="170"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="171"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="172"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="173"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorValueDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="213"/>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="219"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="220"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="221"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="230"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="231"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="232"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="233"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="242"/>
        <source>Choose the period the value is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="247"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorValueModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="194"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="194"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="194"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="194"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="197"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="197"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="197"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogEntryModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="121"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="122"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="123"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="124"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="125"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogProgressDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="48"/>
        <source>Log progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="52"/>
        <source>Type part of the program&apos;s title, key or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="61"/>
        <source>e.g. Residents&apos; meeting held; 40 people came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="66"/>
        <source>leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="68"/>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="82"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="85"/>
        <source>T&amp;ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="86"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="87"/>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="88"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="117"/>
        <source>New &amp;percent of the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="118"/>
        <source>New &amp;status of the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="120"/>
        <source>New &amp;percent of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>New &amp;status of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>(the whole program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="165"/>
        <source>Choose the program first: type part of its title above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="169"/>
        <source>Say what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="176"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="199"/>
        <source>Progress logged on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>Civic Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>Case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>Tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>Progress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/context.py" line="112"/>
        <source>Could not undo or redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>&amp;New program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>Create a blank program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>&amp;Start from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>A new program with the selected case&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>&amp;Log progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="301"/>
        <source>Record what happened on a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305"/>
        <source>&amp;Open program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305"/>
        <source>Open the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>&amp;Delete program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311"/>
        <source>Move the program to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>&amp;Find programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <source>Search programs as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="330"/>
        <source>Read everything again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="332"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>&amp;Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="336"/>
        <source>&amp;Case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>&amp;Tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="338"/>
        <source>Progress lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>&amp;About Civic Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="349"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367"/>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369"/>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416"/>
        <location filename="../../app/ui/main_window.py" line="422"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416"/>
        <source>Title of the new program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="433"/>
        <location filename="../../app/ui/main_window.py" line="438"/>
        <source>Start from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="433"/>
        <source>Select a case in the Case library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="442"/>
        <source>Started %1 from the case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="462"/>
        <location filename="../../app/ui/main_window.py" line="468"/>
        <source>Delete program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="463"/>
        <source>Move the program %1 with its tasks, progress and indicators to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="472"/>
        <source>%1 moved to the trash (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478"/>
        <source>About Civic Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479"/>
        <source>Civic Tracker %1
Track civic programs, their tasks, progress and indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="494"/>
        <source>%1 own programs · %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="500"/>
        <source>Could not read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="228"/>
        <source>New organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="229"/>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="52"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="53"/>
        <source>Decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="54"/>
        <location filename="../../app/ui/widgets.py" line="60"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="55"/>
        <source>Year and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="56"/>
        <location filename="../../app/ui/widgets.py" line="68"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="57"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="63"/>
        <source>M </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="64"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="67"/>
        <source>D </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="193"/>
        <source>&apos;%1&apos; is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <location filename="../../app/ui/preferences_actions.py" line="20"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_actions.py" line="26"/>
        <source>Your name in History, the language, dates, the export folder and backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="44"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="54"/>
        <source>How your changes are signed in History. Empty: your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="59"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="77"/>
        <location filename="../../app/ui/preferences_dialog.py" line="86"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="88"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="99"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="101"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="105"/>
        <source>Backups before an import or upgrade are kept for a week, and backups taken by hand until you delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="113"/>
        <source>Your &amp;name in History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="114"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="116"/>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="117"/>
        <source>&amp;Export to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="118"/>
        <source>Second backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="120"/>
        <source>Backups to &amp;keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="155"/>
        <source>ISO: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="156"/>
        <source>As the language writes them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="161"/>
        <source>Civic Tracker speaks %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="166"/>
        <source>Folder for exported workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="186"/>
        <source>Second backup folder (another disk or a network share)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDetailView</name>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="137"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="138"/>
        <source>Back to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="152"/>
        <source>Start from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="154"/>
        <location filename="../../app/ui/views/program_detail.py" line="667"/>
        <source>Log progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="155"/>
        <source>Log progress (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="179"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="180"/>
        <source>Progress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="181"/>
        <location filename="../../app/ui/views/program_detail.py" line="706"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="182"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="254"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="255"/>
        <source>&amp;Local title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="256"/>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="264"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="275"/>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="285"/>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="296"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="308"/>
        <source>Lead &amp;organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="324"/>
        <source>Se&amp;ctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="333"/>
        <source>comma-separated, e.g. mobility, environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="342"/>
        <source>T&amp;hemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="347"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="348"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="356"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="357"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="358"/>
        <source>Add a partner organization (new names are created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="359"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="381"/>
        <source>Pa&amp;rtners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="391"/>
        <location filename="../../app/ui/views/program_detail.py" line="394"/>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="391"/>
        <source>Name of the partner organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="394"/>
        <source>Its role (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="401"/>
        <source>%1 is already a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="415"/>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="415"/>
        <source>Name of the organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="466"/>
        <source>Program key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="522"/>
        <source>Add action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="522"/>
        <source>A top-level task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="524"/>
        <source>Add unit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="525"/>
        <source>A task under the selected action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="529"/>
        <source>Move the selected task to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="532"/>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="533"/>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="589"/>
        <source>Select the action plan the unit task belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="596"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="596"/>
        <source>Task title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="600"/>
        <source>A task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="529"/>
        <location filename="../../app/ui/views/program_detail.py" line="612"/>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="530"/>
        <source>▲ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="530"/>
        <source>Move the task up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="531"/>
        <source>▼ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="531"/>
        <source>Move the task down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="532"/>
        <source>Make it a unit task of the task above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="533"/>
        <source>Lift it one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="613"/>
        <source>Move “%1” and its unit tasks to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="644"/>
        <source>There is no task above to become its action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="665"/>
        <source>No progress logged yet. Use Log progress (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="669"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="670"/>
        <source>Move the selected entry to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="688"/>
        <source>Delete progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="688"/>
        <source>Move “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1091"/>
        <source>No indicators yet. Use Add indicator… to define what this program measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="713"/>
        <source>Add indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="715"/>
        <source>Edit indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="716"/>
        <location filename="../../app/ui/views/program_detail.py" line="867"/>
        <source>Delete indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="722"/>
        <source>Define a new indicator for this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="725"/>
        <source>Change the selected indicator&apos;s name, unit, baseline or target (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="730"/>
        <source>Move the selected indicator and its values to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="761"/>
        <source>Indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="770"/>
        <source>Add value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="772"/>
        <source>Delete value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="860"/>
        <source>Move the indicator “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="862"/>
        <source>Move the indicator “%1” and its one recorded value to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="864"/>
        <source>Move the indicator “%1” and its %2 recorded values to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="866"/>
        <source>Undo (Ctrl+Z) or the Trash brings it back with its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="873"/>
        <source>“%1” moved to the trash (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="891"/>
        <source>“%1”: value %2 for %3 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="903"/>
        <source>“%1”: value %2 for %3 deleted (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="941"/>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="944"/>
        <source>Progress %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="948"/>
        <source>Indicator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="967"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="998"/>
        <source>This program is no longer there (deleted or renamed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1002"/>
        <source>%1 is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1016"/>
        <source>no place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1024"/>
        <source>%1% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1027"/>
        <source>percent not stated in the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1029"/>
        <source>no percent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1032"/>
        <source>No tasks: set by progress entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1061"/>
        <source>The sources state no tasks for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1063"/>
        <source>No tasks yet. Use Add action plan (Ctrl+T) to break the program into tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1089"/>
        <source>The sources state no indicators for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1097"/>
        <source>A case from the library, kept as its sources state it. Use “Start from this case” to make a program of your own from it. Hover over a field name marked ⓘ to see where the fact comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1104"/>
        <source>started from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramHistoryDialog</name>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="36"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <location filename="../../app/ui/models/programs.py" line="57"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="58"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="59"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="60"/>
        <source>Lead organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="62"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="63"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="64"/>
        <source>Last progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="42"/>
        <source>Search title, summary, place, organization… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="44"/>
        <source>Search programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="46"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="47"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="51"/>
        <source>Place filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="53"/>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="55"/>
        <source>Country filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="57"/>
        <source>Own programs or case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="58"/>
        <source>Own programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="59"/>
        <location filename="../../app/ui/views/programs_view.py" line="98"/>
        <source>Case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="60"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="85"/>
        <source>Start from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="86"/>
        <source>Copy the case&apos;s tasks and indicators into a new program of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="89"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="98"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="167"/>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="168"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="169"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="227"/>
        <source>Matching programs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="236"/>
        <source>No programs of your own yet. Create one with New program (Ctrl+N), or open the Case library and use “Start from this case”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="242"/>
        <source>No program matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressLogView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="116"/>
        <source>Own programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="117"/>
        <source>Including the case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="118"/>
        <source>Which programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="124"/>
        <source>Progress log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTimelineModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="215"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../../app/ui/texts.py" line="42"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="44"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="45"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="46"/>
        <source>Service / civil society</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <location filename="../../app/ui/server_actions.py" line="59"/>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="60"/>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="140"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="142"/>
        <source>Updated with changes saved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="264"/>
        <source>Civic Tracker will open %1 the next time it starts. Close and reopen it to switch now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="267"/>
        <location filename="../../app/ui/server_actions.py" line="270"/>
        <source>Connection saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="271"/>
        <source>Civic Tracker will open the local file the next time it starts. Close and reopen it to switch now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="282"/>
        <source>Connect to &amp;server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="285"/>
        <source>Use the office&apos;s shared database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="296"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleProgramModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="149"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="149"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="149"/>
        <source>Last progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="152"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/main.py" line="94"/>
        <location filename="../../app/ui/main.py" line="97"/>
        <location filename="../../app/ui/main.py" line="135"/>
        <source>Civic Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="98"/>
        <source>Something went wrong: %1
The details are in the log file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="146"/>
        <source>Upgraded the database; a backup was written first: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/texts.py" line="21"/>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="36"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="37"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="38"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="39"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="41"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="42"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="135"/>
        <source>Weighted average of its unit tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="164"/>
        <source>No percent recorded; not counted in the program&apos;s percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="165"/>
        <source>No percent recorded; the program&apos;s percent counts it as %1% while it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="196"/>
        <source>A task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="207"/>
        <source>Percent complete must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="211"/>
        <source>Weight cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="72"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="73"/>
        <location filename="../../app/ui/views/overview_views.py" line="82"/>
        <source>Due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="80"/>
        <source>Tasks due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="94"/>
        <source>%1 overdue, %2 due soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="38"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="39"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="40"/>
        <location filename="../../app/ui/trash_panel.py" line="45"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="41"/>
        <source>Deleted with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="42"/>
        <source>Deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="46"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="47"/>
        <source>Progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="48"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="63"/>
        <source>1 task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="63"/>
        <source>%1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="64"/>
        <source>1 progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="64"/>
        <source>%1 progress entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="65"/>
        <source>1 indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="65"/>
        <source>%1 indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="78"/>
        <source>Its program is in the trash too; restore the program to see it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPanel</name>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="124"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="126"/>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="154"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="157"/>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="159"/>
        <source>1 item in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="161"/>
        <source>%1 items in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="179"/>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="189"/>
        <source>Delete everything in the trash (%1 items) for good? This cannot be undone here; a backup is taken first and kept for a week (File &gt; Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="192"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="197"/>
        <source>Could not empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="84"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="85"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="94"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="97"/>
        <source>See the backups of this database, back up now, or restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="103"/>
        <source>&amp;History of This Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="108"/>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="112"/>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="120"/>
        <source>This database is read-only (file permissions or a read-only share). You can look, search and export, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="155"/>
        <source>Daily backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="162"/>
        <source>The daily backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="183"/>
        <location filename="../../app/ui/trust_actions.py" line="235"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="207"/>
        <location filename="../../app/ui/trust_actions.py" line="211"/>
        <location filename="../../app/ui/trust_actions.py" line="220"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="214"/>
        <source>%1

Restore the newest backup, taken %2? The damaged file is kept beside it, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="225"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="231"/>
        <source>The damaged file was kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="236"/>
        <source>The newest backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
