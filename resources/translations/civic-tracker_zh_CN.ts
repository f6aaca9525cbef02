<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="112"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="132"/>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="134"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="145"/>
        <source>A backup is taken every day the app is used, before every upgrade and import, and before a restore. Seven daily and four weekly backups are kept; backups taken by hand are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="165"/>
        <source>Backups are for SQLite files; back up a server database with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="169"/>
        <source>Backups of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="186"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="189"/>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="189"/>
        <source>The backup was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="196"/>
        <source>Replace the data with the backup taken %1?

The current data is backed up first, so this can be undone by restoring that backup. Other copies of the app on this database see the restored data too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="200"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="206"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="211"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="212"/>
        <source>The data was restored. The state before the restore was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="47"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="47"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="47"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="47"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="60"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="61"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="62"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="63"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="64"/>
        <source>Before emptying the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="69"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="262"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="34"/>
        <source>Match the columns of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="40"/>
        <source>Civic Tracker could not tell which column is which. Choose, for each field, the column of your sheet that holds it (header row %1). Fields marked * are needed for new rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="50"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="54"/>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="61"/>
        <source>Rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="70"/>
        <source>Save this mapping as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="72"/>
        <source>for example: Transport team list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="95"/>
        <source>(not in this sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="135"/>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="135"/>
        <source>Give the mapping a name to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="108"/>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="134"/>
        <source>Start from case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="136"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="162"/>
        <source>Delete program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="181"/>
        <source>Edit task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="201"/>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="221"/>
        <source>Delete task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="240"/>
        <source>Move task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="268"/>
        <source>Log progress on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="301"/>
        <source>Set %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="330"/>
        <source>Delete %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="349"/>
        <source>Add indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="391"/>
        <source>Edit indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="414"/>
        <source>Delete indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="428"/>
        <source>“%1” is no longer in the trash (it was emptied); restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="440"/>
        <source>Delete progress entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/ui/server_actions.py" line="167"/>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="172"/>
        <source>e.g. db.district.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="180"/>
        <source>from ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="181"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="185"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="186"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="187"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="188"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="189"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="197"/>
        <source>The password is never saved in the settings. Put it in ~/.pgpass (or %APPDATA%\postgresql\pgpass.conf on Windows), or you will be asked at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="197"/>
        <source>The password is never saved in the settings; it is kept in the system keyring if you tick the box, else you will be asked at start (unless ~/.pgpass has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="203"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="208"/>
        <source>Use the &amp;local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="239"/>
        <source>The server wants a password: type it above, or put it in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="181"/>
        <source>Program for the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="185"/>
        <source>Indicator for the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="209"/>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="210"/>
        <source>No progress in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="213"/>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="214"/>
        <source>Indicator chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="218"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="256"/>
        <source>Overdue tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="258"/>
        <source>No progress in the last 30 days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="264"/>
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
        <location filename="../../app/ui/excel_actions.py" line="22"/>
        <source>Export meeting workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="25"/>
        <source>Import workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="28"/>
        <location filename="../../app/ui/excel_actions.py" line="82"/>
        <source>Undo last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="41"/>
        <source>This database is open read-only; nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="51"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="58"/>
        <source>Import workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="62"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="76"/>
        <source>Imported: %1 created, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="88"/>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="93"/>
        <source>Undo the import of %1 (%2)? Its %3 new rows go to the trash and its %4 changed rows get their old values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="111"/>
        <source>Undone: %1 values put back, %2 rows moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="116"/>
        <source>%1 indicator values the import had added were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="54"/>
        <location filename="../../app/ui/export_dialog.py" line="126"/>
        <location filename="../../app/ui/export_dialog.py" line="129"/>
        <location filename="../../app/ui/export_dialog.py" line="182"/>
        <source>Export meeting workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="59"/>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="62"/>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="64"/>
        <source>The office&apos;s own programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="65"/>
        <source>Own programs and the case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="66"/>
        <source>Only the case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="67"/>
        <source>Programs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="76"/>
        <source>Only with status
(none ticked: all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="77"/>
        <source>Only the program shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="81"/>
        <source>for example 2026-10 (the Summary lists progress since then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="82"/>
        <source>Progress since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="83"/>
        <source>Add a History sheet of every recorded change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="95"/>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="99"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="129"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="147"/>
        <source>Writing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="161"/>
        <source>Workbook written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="162"/>
        <source>%1: %2 programs, %3 tasks, %4 progress entries, %5 indicator values of %6 indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="179"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="187"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../app/ui/history_panel.py" line="218"/>
        <location filename="../../app/ui/history_panel.py" line="322"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="220"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="221"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="222"/>
        <source>Moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="223"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="224"/>
        <source>Deleted for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="230"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="232"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="233"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="234"/>
        <source>Progress entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="235"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="236"/>
        <source>Indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="240"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="246"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="252"/>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="254"/>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="256"/>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="307"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="320"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="350"/>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="350"/>
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
        <location filename="../../app/ui/import_dialog.py" line="62"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="66"/>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="73"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="82"/>
        <source>Sheet, row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="85"/>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="86"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="87"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="91"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <location filename="../../app/ui/import_dialog.py" line="100"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="98"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="100"/>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="100"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="105"/>
        <source>Match columns...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="109"/>
        <source>Save a copy with an Errors sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="114"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="119"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="146"/>
        <source>Cancelling; nothing will be written...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="157"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="179"/>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="192"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="193"/>
        <source>%1 created, %2 updated, %3 unchanged. File &gt; Undo last import takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="205"/>
        <source> (the first %1 changes are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="213"/>
        <source>new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234"/>
        <source>ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="236"/>
        <source>%1 stored rows not in this sheet (left alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="241"/>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="241"/>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="268"/>
        <location filename="../../app/ui/import_dialog.py" line="275"/>
        <source>Save a copy with an Errors sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="268"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="278"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="279"/>
        <source>Fix the red cells in %1 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="74"/>
        <source>Choose an indicator to see its chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="95"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="104"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="118"/>
        <source>%1: no values recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="132"/>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="142"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="280"/>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="280"/>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="290"/>
        <source>e.g. Households reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="291"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="295"/>
        <source>optional: made from the program key and the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="300"/>
        <source>The key names the indicator in workbooks; it stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="301"/>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="304"/>
        <source>e.g. households, %, tonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="305"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="307"/>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="308"/>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="309"/>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="311"/>
        <location filename="../../app/ui/dialogs.py" line="317"/>
        <source>a number, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="312"/>
        <source>&amp;Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="315"/>
        <source>Baseline &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="318"/>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="321"/>
        <source>Target d&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="325"/>
        <source>How it is measured, where the figures come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="326"/>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="389"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="401"/>
        <source>An indicator needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="405"/>
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
        <location filename="../../app/ui/dialogs.py" line="216"/>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="222"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="223"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="224"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="233"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="234"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="235"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="236"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="245"/>
        <source>Choose the period the value is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="250"/>
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
        <location filename="../../app/ui/dialogs.py" line="51"/>
        <source>Log progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="55"/>
        <source>Type part of the program&apos;s title, key or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="64"/>
        <source>e.g. Residents&apos; meeting held; 40 people came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="69"/>
        <source>leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="71"/>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="85"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="88"/>
        <source>T&amp;ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="89"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="90"/>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="120"/>
        <source>New &amp;percent of the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>New &amp;status of the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="123"/>
        <source>New &amp;percent of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="124"/>
        <source>New &amp;status of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="158"/>
        <source>(the whole program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="168"/>
        <source>Choose the program first: type part of its title above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="172"/>
        <source>Say what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="179"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="202"/>
        <source>Progress logged on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>Civic Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>Case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>Tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>Progress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>Could not undo or redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304"/>
        <source>&amp;New program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>Create a blank program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311"/>
        <source>&amp;Start from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314"/>
        <source>A new program with the selected case&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="318"/>
        <source>&amp;Log progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>Record what happened on a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325"/>
        <source>&amp;Open program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325"/>
        <source>Open the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="328"/>
        <source>&amp;Delete program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331"/>
        <source>Move the program to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>&amp;Find programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Search programs as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="347"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Read everything again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="355"/>
        <source>&amp;Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356"/>
        <source>&amp;Case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>&amp;Tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>Progress lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363"/>
        <source>&amp;About Civic Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389"/>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="438"/>
        <location filename="../../app/ui/main_window.py" line="444"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="438"/>
        <source>Title of the new program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="448"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="455"/>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>Start from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="455"/>
        <source>Select a case in the Case library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="464"/>
        <source>Started %1 from the case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="484"/>
        <location filename="../../app/ui/main_window.py" line="490"/>
        <source>Delete program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="485"/>
        <source>Move the program %1 with its tasks, progress and indicators to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="494"/>
        <source>%1 moved to the trash (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="500"/>
        <source>About Civic Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="501"/>
        <source>Civic Tracker %1
Track civic programs, their tasks, progress and indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="516"/>
        <source>%1 own programs · %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522"/>
        <source>Could not read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="225"/>
        <source>New organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="226"/>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="49"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="50"/>
        <source>Decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="51"/>
        <location filename="../../app/ui/widgets.py" line="57"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="52"/>
        <source>Year and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="53"/>
        <location filename="../../app/ui/widgets.py" line="65"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="54"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="60"/>
        <source>M </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="61"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="64"/>
        <source>D </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="190"/>
        <source>&apos;%1&apos; is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDetailView</name>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="139"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="140"/>
        <source>Back to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="154"/>
        <source>Start from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="156"/>
        <location filename="../../app/ui/views/program_detail.py" line="669"/>
        <source>Log progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="157"/>
        <source>Log progress (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="181"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="182"/>
        <source>Progress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="183"/>
        <location filename="../../app/ui/views/program_detail.py" line="708"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="184"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="256"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="257"/>
        <source>&amp;Local title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="258"/>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="266"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="277"/>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="287"/>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="298"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="310"/>
        <source>Lead &amp;organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="326"/>
        <source>Se&amp;ctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="335"/>
        <source>comma-separated, e.g. mobility, environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="344"/>
        <source>T&amp;hemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="349"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="350"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="358"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="359"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="360"/>
        <source>Add a partner organization (new names are created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="361"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="383"/>
        <source>Pa&amp;rtners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="393"/>
        <location filename="../../app/ui/views/program_detail.py" line="396"/>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="393"/>
        <source>Name of the partner organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="396"/>
        <source>Its role (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="403"/>
        <source>%1 is already a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="417"/>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="417"/>
        <source>Name of the organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="468"/>
        <source>Program key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="524"/>
        <source>Add action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="524"/>
        <source>A top-level task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="526"/>
        <source>Add unit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="527"/>
        <source>A task under the selected action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="531"/>
        <source>Move the selected task to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="534"/>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="535"/>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="591"/>
        <source>Select the action plan the unit task belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="598"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="598"/>
        <source>Task title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="602"/>
        <source>A task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="531"/>
        <location filename="../../app/ui/views/program_detail.py" line="614"/>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="532"/>
        <source>▲ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="532"/>
        <source>Move the task up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="533"/>
        <source>▼ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="533"/>
        <source>Move the task down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="534"/>
        <source>Make it a unit task of the task above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="535"/>
        <source>Lift it one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="615"/>
        <source>Move “%1” and its unit tasks to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="646"/>
        <source>There is no task above to become its action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="667"/>
        <source>No progress logged yet. Use Log progress (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="671"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="672"/>
        <source>Move the selected entry to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="690"/>
        <source>Delete progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="690"/>
        <source>Move “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1100"/>
        <source>No indicators yet. Use Add indicator… to define what this program measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="715"/>
        <source>Add indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="717"/>
        <source>Edit indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="718"/>
        <location filename="../../app/ui/views/program_detail.py" line="869"/>
        <source>Delete indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="724"/>
        <source>Define a new indicator for this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="727"/>
        <source>Change the selected indicator&apos;s name, unit, baseline or target (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="732"/>
        <source>Move the selected indicator and its values to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="763"/>
        <source>Indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="772"/>
        <source>Add value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="774"/>
        <source>Delete value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="862"/>
        <source>Move the indicator “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="864"/>
        <source>Move the indicator “%1” and its one recorded value to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="866"/>
        <source>Move the indicator “%1” and its %2 recorded values to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="868"/>
        <source>Undo (Ctrl+Z) or the Trash brings it back with its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="875"/>
        <source>“%1” moved to the trash (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="893"/>
        <source>“%1”: value %2 for %3 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="905"/>
        <source>“%1”: value %2 for %3 deleted (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="943"/>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="946"/>
        <source>Progress %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="950"/>
        <source>Indicator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="969"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1000"/>
        <source>This program is no longer there (deleted or renamed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1004"/>
        <source>%1 is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1018"/>
        <source>no place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1033"/>
        <source>%1% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1036"/>
        <source>percent not stated in the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1038"/>
        <source>no percent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1041"/>
        <source>No tasks: set by progress entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1070"/>
        <source>The sources state no tasks for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1072"/>
        <source>No tasks yet. Use Add action plan (Ctrl+T) to break the program into tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1098"/>
        <source>The sources state no indicators for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1106"/>
        <source>A case from the library, kept as its sources state it. Use “Start from this case” to make a program of your own from it. Hover over a field name marked ⓘ to see where the fact comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1113"/>
        <source>started from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramHistoryDialog</name>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="55"/>
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
        <location filename="../../app/ui/views/programs_view.py" line="48"/>
        <source>Search title, summary, place, organization… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="50"/>
        <source>Search programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="52"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="53"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="57"/>
        <source>Place filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="59"/>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="61"/>
        <source>Country filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="63"/>
        <source>Own programs or case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="64"/>
        <source>Own programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="65"/>
        <location filename="../../app/ui/views/programs_view.py" line="104"/>
        <source>Case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="66"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="91"/>
        <source>Start from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="92"/>
        <source>Copy the case&apos;s tasks and indicators into a new program of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="95"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="104"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="173"/>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="174"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="175"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="234"/>
        <source>Matching programs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="245"/>
        <source>No programs of your own yet. Create one with New program (Ctrl+N), or open the Case library and use “Start from this case”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="251"/>
        <source>No program matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressLogView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="121"/>
        <source>Own programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="122"/>
        <source>Including the case library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="123"/>
        <source>Which programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="129"/>
        <source>Progress log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTimelineModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="210"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../../app/ui/texts.py" line="27"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="29"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="30"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="31"/>
        <source>Service / civil society</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <location filename="../../app/ui/server_actions.py" line="57"/>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="58"/>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="154"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="156"/>
        <source>Updated with changes saved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="273"/>
        <source>Civic Tracker will open %1 the next time it starts. Close and reopen it to switch now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="276"/>
        <location filename="../../app/ui/server_actions.py" line="279"/>
        <source>Connection saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="280"/>
        <source>Civic Tracker will open the local file the next time it starts. Close and reopen it to switch now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="290"/>
        <source>Connect to &amp;server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="293"/>
        <source>Use the office&apos;s shared database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="304"/>
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
        <location filename="../../app/ui/main.py" line="109"/>
        <location filename="../../app/ui/main.py" line="112"/>
        <location filename="../../app/ui/main.py" line="150"/>
        <source>Civic Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="113"/>
        <source>Something went wrong: %1
The details are in the log file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="160"/>
        <source>Upgraded the database; a backup was written first: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/texts.py" line="14"/>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="16"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="17"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="18"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="19"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="20"/>
        <source>Cancelled</source>
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
        <location filename="../../app/ui/views/overview_views.py" line="77"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="78"/>
        <location filename="../../app/ui/views/overview_views.py" line="87"/>
        <source>Due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="85"/>
        <source>Tasks due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="99"/>
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
        <location filename="../../app/ui/trust_actions.py" line="101"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="102"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="111"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="114"/>
        <source>See the backups of this database, back up now, or restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="120"/>
        <source>&amp;History of This Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="125"/>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="129"/>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="137"/>
        <source>This database is read-only (file permissions or a read-only share). You can look, search and export, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="174"/>
        <source>Daily backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="179"/>
        <source>The daily backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="195"/>
        <location filename="../../app/ui/trust_actions.py" line="261"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="233"/>
        <location filename="../../app/ui/trust_actions.py" line="237"/>
        <location filename="../../app/ui/trust_actions.py" line="246"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="240"/>
        <source>%1

Restore the newest backup, taken %2? The damaged file is kept beside it, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="251"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="257"/>
        <source>The damaged file was kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="262"/>
        <source>The newest backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
