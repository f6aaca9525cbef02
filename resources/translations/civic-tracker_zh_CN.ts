<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddPlaceForm</name>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="55"/>
        <source>Add place</source>
        <translation>添加地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="60"/>
        <source>In English, e.g. Mapo-gu</source>
        <translation>英文名称，例如 Mapo-gu</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="63"/>
        <source>e.g. 마포구 or 盐田区</source>
        <translation>例如 마포구 或 盐田区</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="70"/>
        <source>As its name says</source>
        <translation>按名称判断</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="75"/>
        <source>&amp;Local name:</source>
        <translation>本地名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="76"/>
        <source>&amp;Inside:</source>
        <translation>所属地区(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="77"/>
        <source>Le&amp;vel:</source>
        <translation>级别(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../app/ui/attachments.py" line="68"/>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="69"/>
        <source>Drop files here to attach them (at most 50 MB each)</source>
        <translation>将文件拖放到此处即可添加附件（每个文件最大 50 MB）</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="73"/>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="75"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="77"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="79"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="82"/>
        <source>Drop minutes, photos or signed documents here, or attach them.</source>
        <translation>将会议纪要、照片或签署文件拖放到此处，或添加附件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="84"/>
        <source>Drop files here, or attach them: each is kept at once, with the entry.</source>
        <translation>将文件拖放到此处或添加附件：文件会立即随该记录保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="129"/>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="129"/>
        <location filename="../../app/ui/attachments.py" line="222"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments.py" line="155"/>
        <source>Attach %n file(s) to %1</source>
        <translation>
            <numerusform>向 %1 附加 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="215"/>
        <source>No program on this computer opens %1</source>
        <translation>此计算机上没有可以打开 %1 的程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="222"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="231"/>
        <source>Saved a copy of %1</source>
        <translation>已保存 %1 的副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="244"/>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="245"/>
        <source>Remove %1 from this progress entry? History keeps its name, not the file.</source>
        <translation>要从此进展记录中删除 %1 吗？变更历史只保留文件名，不保留文件。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="112"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="133"/>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="135"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="188"/>
        <source>Backups are for SQLite files; back up a server database with pg_dump.</source>
        <translation>备份仅适用于 SQLite 文件；服务器数据库请用 pg_dump 备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="192"/>
        <source>Backups of %1</source>
        <translation>%1 的备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="217"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="225"/>
        <source>Backup written</source>
        <translation>备份已写入</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="220"/>
        <source>The backup was written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="141"/>
        <source>Second Backup Folder…</source>
        <translation>第二备份文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="144"/>
        <source>Another disk or a network share that receives a checked copy of every backup</source>
        <translation>另一块磁盘或网络共享，接收每份备份经检查的副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="146"/>
        <source>No Second Folder</source>
        <translation>不设第二文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="158"/>
        <source>A backup is taken every day the app is used, before every upgrade and import, and before a restore. Each is checked before it is kept (SQLite&apos;s integrity check, the tables and their row counts). %1 daily and %2 weekly backups are kept (Preferences), and always the newest checked one; backups taken by hand are never deleted.</source>
        <translation>每天使用本应用时、每次升级和导入前以及恢复前都会备份。每份备份在保留前都会检查（SQLite 完整性检查、各表及其行数）。保留 %1 份每日备份和 %2 份每周备份（见首选项），并始终保留最新一份经检查的备份；手动备份永不删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="222"/>
        <source>A copy was written to %1</source>
        <translation>副本已写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="232"/>
        <source>Second backup folder (another disk or a network share)</source>
        <translation>第二备份文件夹（另一块磁盘或网络共享）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="246"/>
        <source>Replace the data with the backup taken %1?

The current data is backed up first, so this can be undone by restoring that backup. Other copies of the app on this database see the restored data too.</source>
        <translation>用 %1 的备份替换数据？

当前数据会先备份，因此可以通过恢复该备份撤销此操作。使用此数据库的其他应用副本也会看到恢复后的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="250"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="256"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="261"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="262"/>
        <source>The data was restored. The state before the restore was saved as %1</source>
        <translation>数据已恢复。恢复前的状态已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="271"/>
        <source>No second backup folder: backups are kept beside the database only.</source>
        <translation>未设第二备份文件夹：备份仅保存在数据库旁。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="275"/>
        <source>Every backup is also copied to %1 (set by CIVIC_TRACKER_BACKUP_DIR).</source>
        <translation>每份备份也会复制到 %1（由 CIVIC_TRACKER_BACKUP_DIR 设置）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="278"/>
        <source>Every backup is also copied to %1.</source>
        <translation>每份备份也会复制到 %1。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>Taken</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="75"/>
        <source>Not checked by this version of Civic Tracker, or changed since it was checked. Restoring it checks it first.</source>
        <translation>未经此版本 Civic Tracker 检查，或检查后已更改。恢复时会先检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="90"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="90"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="278"/>
        <source>Hide this message</source>
        <translation>不再显示此消息</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="36"/>
        <source>Match the columns of &apos;%1&apos;</source>
        <translation>匹配“%1”的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="42"/>
        <source>Civic Tracker could not tell which column is which. Choose, for each field, the column of your sheet that holds it (header row %1). Fields marked * are needed for new rows.</source>
        <translation>Civic Tracker 无法识别各列。请为每个字段选择表格中对应的列（标题行 %1）。标 * 的字段是新增行必填的。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="52"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="56"/>
        <source>Saved mapping:</source>
        <translation>已保存的对应关系：</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="63"/>
        <source>Rows are:</source>
        <translation>各行为：</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="72"/>
        <source>Save this mapping as</source>
        <translation>将此对应关系保存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="74"/>
        <source>for example: Transport team list</source>
        <translation>例如：交通组清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="97"/>
        <source>(not in this sheet)</source>
        <translation>（本表中没有）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="137"/>
        <source>Save mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="137"/>
        <source>Give the mapping a name to save it.</source>
        <translation>请为对应关系命名后再保存。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="112"/>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="138"/>
        <source>Start from case %1</source>
        <translation>以案例 %1 新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="140"/>
        <source>New program</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="167"/>
        <source>Delete program %1</source>
        <translation>删除项目 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="186"/>
        <source>Edit task %1</source>
        <translation>编辑任务 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="206"/>
        <source>Add task %1</source>
        <translation>添加任务 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="226"/>
        <source>Delete task %1</source>
        <translation>删除任务 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="245"/>
        <source>Move task %1</source>
        <translation>移动任务 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="274"/>
        <source>Log progress on %1</source>
        <translation>记录 %1 的进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="308"/>
        <source>Edit progress entry %1</source>
        <translation>编辑进展记录 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="340"/>
        <source>Set %1 for %2</source>
        <translation>设置 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="369"/>
        <source>Delete %1 of %2</source>
        <translation>删除 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="388"/>
        <source>Add indicator %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="430"/>
        <source>Edit indicator %1</source>
        <translation>编辑指标 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="453"/>
        <source>Delete indicator %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="467"/>
        <source>“%1” is no longer in the trash (it was emptied); restore it from a backup</source>
        <translation>“%1”已不在回收站中（回收站已清空）；请从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="479"/>
        <source>Delete progress entry %1</source>
        <translation>删除进展记录 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="498"/>
        <source>Attach %1 to %2</source>
        <translation>将 %1 附加到 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="523"/>
        <source>Remove %1 from %2</source>
        <translation>从 %2 移除 %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/ui/server_actions.py" line="153"/>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="158"/>
        <source>e.g. db.district.local</source>
        <translation>例如 db.district.local</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="166"/>
        <source>from ~/.pgpass when empty</source>
        <translation>留空则取自 ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="167"/>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="172"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="173"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="174"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="175"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="176"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="184"/>
        <source>The password is never saved in the settings. Put it in ~/.pgpass (or %APPDATA%\postgresql\pgpass.conf on Windows), or you will be asked at start.</source>
        <translation>密码从不保存在设置中。请将其写入 ~/.pgpass（Windows 上为 %APPDATA%\postgresql\pgpass.conf），否则启动时会询问。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="189"/>
        <source>The password is never saved in the settings; it is kept in the system keyring if you tick the box, else you will be asked at start (unless ~/.pgpass has it).</source>
        <translation>密码从不保存在设置中；勾选此项则保存在系统密钥环中，否则启动时会询问（除非 ~/.pgpass 中已有）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="195"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="200"/>
        <source>Use the &amp;local file</source>
        <translation>使用本地文件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="230"/>
        <source>The server wants a password: type it above, or put it in ~/.pgpass.</source>
        <translation>服务器需要密码：请在上方输入，或写入 ~/.pgpass。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="196"/>
        <source>Date of the last meeting</source>
        <translation>上次会议日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="203"/>
        <source>Program for the chart</source>
        <translation>图表的项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="207"/>
        <source>Indicator for the chart</source>
        <translation>图表的指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="231"/>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="232"/>
        <source>No progress in the last 30 days</source>
        <translation>近 30 天无进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="233"/>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="240"/>
        <source>Progress since</source>
        <translation>此日期以来的进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="243"/>
        <source>Since the last meeting</source>
        <translation>上次会议以来</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="249"/>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="250"/>
        <source>Indicator chart</source>
        <translation>指标图表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="254"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="290"/>
        <source>Overdue tasks (%1)</source>
        <translation>逾期任务（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="292"/>
        <source>Due this week (%1)</source>
        <translation>本周到期（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="294"/>
        <source>No progress in the last 30 days (%1)</source>
        <translation>近 30 天无进展（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="299"/>
        <source>Since the last meeting: %1 entries on %2 programs</source>
        <translation>上次会议以来：%2 个项目共 %1 条进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="307"/>
        <source> (case)</source>
        <translation>（案例）</translation>
    </message>
</context>
<context>
    <name>DueTaskModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="114"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="114"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="34"/>
        <source>Export meeting workbook...</source>
        <translation>导出会议工作簿...</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="37"/>
        <source>Import workbook...</source>
        <translation>导入工作簿...</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="40"/>
        <location filename="../../app/ui/excel_actions.py" line="111"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="51"/>
        <source>This database is open read-only; nothing can be imported.</source>
        <translation>此数据库以只读方式打开，无法导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="62"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="69"/>
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="73"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="105"/>
        <source>Imported: %1 created, %2 updated</source>
        <translation>已导入：新建 %1，更新 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="117"/>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="122"/>
        <source>Undo the import of %1 (%2)? Its %3 new rows go to the trash and its %4 changed rows get their old values back.</source>
        <translation>撤销 %1（%2）的导入？其新增的 %3 行将移入回收站，更改的 %4 行将恢复原值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="140"/>
        <source>Undone: %1 values put back, %2 rows moved to the trash.</source>
        <translation>已撤销：恢复 %1 个值，%2 行移入回收站。</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="145"/>
        <source>%1 indicator values the import had added were removed.</source>
        <translation>已删除导入添加的 %1 个指标值。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="57"/>
        <location filename="../../app/ui/export_dialog.py" line="130"/>
        <location filename="../../app/ui/export_dialog.py" line="134"/>
        <location filename="../../app/ui/export_dialog.py" line="188"/>
        <source>Export meeting workbook</source>
        <translation>导出会议工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="62"/>
        <source>All places</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="65"/>
        <source>Place:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="67"/>
        <source>The office&apos;s own programs</source>
        <translation>本单位的项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="68"/>
        <source>Own programs and the case library</source>
        <translation>本单位项目及案例库</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="69"/>
        <source>Only the case library</source>
        <translation>仅案例库</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="70"/>
        <source>Programs:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="79"/>
        <source>Only with status
(none ticked: all):</source>
        <translation>仅限以下状态
（均未勾选：全部）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="80"/>
        <source>Only the program shown (%1)</source>
        <translation>仅当前项目（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="84"/>
        <source>for example 2026-10 (the Summary lists progress since then)</source>
        <translation>例如 2026-10（汇总表列出此后的进展）</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="85"/>
        <source>Progress since:</source>
        <translation>进展起始：</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="86"/>
        <source>Add a History sheet of every recorded change</source>
        <translation>添加记录每项更改的“历史”工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="98"/>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="134"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="146"/>
        <source>Writing %1...</source>
        <translation>正在写入 %1...</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="167"/>
        <source>Workbook written</source>
        <translation>工作簿已写入</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="168"/>
        <source>%1: %2 programs, %3 tasks, %4 progress entries, %5 indicator values of %6 indicators.</source>
        <translation>%1：%2 个项目，%3 项任务，%4 条进展记录，%6 个指标的 %5 个指标值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="185"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="193"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
</context>
<context>
    <name>GuideActions</name>
    <message>
        <location filename="../../app/ui/guide_actions.py" line="26"/>
        <source>&amp;User guide…</source>
        <translation>使用指南(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_actions.py" line="31"/>
        <source>How to do each task in Civic Tracker, in the interface&apos;s language</source>
        <translation>按界面语言说明 Civic Tracker 各项操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_actions.py" line="37"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>快捷键(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_actions.py" line="40"/>
        <source>The keys of every menu command</source>
        <translation>每个菜单命令的快捷键</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/guide_dialog.py" line="26"/>
        <source>Civic Tracker user guide</source>
        <translation>Civic Tracker 使用指南</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../app/ui/history_panel.py" line="180"/>
        <location filename="../../app/ui/history_panel.py" line="284"/>
        <source>All changes</source>
        <translation>所有更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="182"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="183"/>
        <source>Changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="184"/>
        <source>Moved to trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="185"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="186"/>
        <source>Deleted for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="192"/>
        <source>All records</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="194"/>
        <source>Programs</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="195"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="196"/>
        <source>Progress entries</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="197"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="198"/>
        <source>Indicator values</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="202"/>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="208"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="214"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="216"/>
        <source>Change:</source>
        <translation>更改：</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="218"/>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="269"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="282"/>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="312"/>
        <source>1 change</source>
        <translation>1 项更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="312"/>
        <source>%1 changes</source>
        <translation>%1 项更改</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../app/ui/history_panel.py" line="46"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="47"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="48"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="49"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="50"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="51"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="52"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="53"/>
        <location filename="../../app/ui/history_panel.py" line="63"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="56"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="57"/>
        <source>Changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="58"/>
        <source>Moved to trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="59"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="60"/>
        <source>Deleted for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="64"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="65"/>
        <source>Progress entry</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="66"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="67"/>
        <source>Indicator value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="135"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="88"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="104"/>
        <source>Sheet, row</source>
        <translation>工作表，行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="105"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="106"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="107"/>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="108"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="109"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="113"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <location filename="../../app/ui/import_dialog.py" line="132"/>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="120"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <source>Not imported, and why</source>
        <translation>未导入的值及原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="130"/>
        <location filename="../../app/ui/import_dialog.py" line="421"/>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132"/>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="134"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="142"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Place in the file</source>
        <translation>文件中的地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Goes to</source>
        <translation>归属</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="149"/>
        <source>Places the app does not know yet: choose the place each goes in, or the place it already is</source>
        <translation>软件尚不知道的地区：请为每个地区选择其上级地区，或选择它对应的已有地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="151"/>
        <location filename="../../app/ui/import_dialog.py" line="486"/>
        <source>Places</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="158"/>
        <source>Saved mapping:</source>
        <translation>已保存的列对应：</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="160"/>
        <source>(as found)</source>
        <translation>（按识别结果）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="166"/>
        <source>name, for next month&apos;s sheet</source>
        <translation>名称（供下月表格使用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="168"/>
        <location filename="../../app/ui/import_dialog.py" line="579"/>
        <source>Save this reading</source>
        <translation>保存此读取方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="170"/>
        <source>Keep how each column is read under this name, to read next month&apos;s sheet the same way</source>
        <translation>以此名称保存各列的读取方式，下月表格按同样方式读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="178"/>
        <source>Places...</source>
        <translation>地区...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="180"/>
        <source>Add the place a sheet&apos;s places go in (a district the app does not know yet), then read again</source>
        <translation>添加表格中各地区所属的地区（软件尚不知道的区等），然后重新读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="185"/>
        <source>Match columns...</source>
        <translation>匹配列...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="189"/>
        <source>Save a copy with an Errors sheet...</source>
        <translation>保存带“错误”工作表的副本...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="194"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="199"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="227"/>
        <source>Cancelling; nothing will be written...</source>
        <translation>正在取消；不会写入任何内容...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="238"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="264"/>
        <source>Importing %1...</source>
        <translation>正在导入 %1...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="286"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="277"/>
        <source>%1 created, %2 updated, %3 unchanged. Edit &gt; Undo last import takes it back.</source>
        <translation>新建 %1，更新 %2，未变 %3。可用“编辑 &gt; 撤销上次导入”撤回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="297"/>
        <source> (the first %1 changes are listed)</source>
        <translation>（列出前 %1 项更改）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="314"/>
        <source>new %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="331"/>
        <location filename="../../app/ui/import_dialog.py" line="352"/>
        <source>Untick to skip this row</source>
        <translation>取消勾选可跳过此行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="360"/>
        <source>ignored columns: %1</source>
        <translation>忽略的列：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="362"/>
        <source>%1 stored rows not in this sheet (left alone)</source>
        <translation>已存储但本表中没有的 %1 行（保持不变）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="367"/>
        <source>0.6 is 60%</source>
        <translation>0.6 即 60%</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="367"/>
        <source>60 is 60%, 1 is 1%</source>
        <translation>60 即 60%，1 即 1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="368"/>
        <source>percents: %1</source>
        <translation>百分比：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="373"/>
        <source>new places: %1</source>
        <translation>新地区：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="375"/>
        <source>new organizations: %1</source>
        <translation>新单位：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="377"/>
        <source>&apos;%1&apos; read as row numbers</source>
        <translation>“%1”识别为行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="379"/>
        <source>%1 rows skipped (not records)</source>
        <translation>跳过 %1 行（非记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="419"/>
        <source>Notices (%1)</source>
        <translation>提示（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="431"/>
        <location filename="../../app/ui/import_dialog.py" line="435"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="431"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="432"/>
        <source>Tick to read this row after all</source>
        <translation>勾选以读取此行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="436"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="437"/>
        <source>read as you chose, though it looks like no record</source>
        <translation>虽不像记录、但按您的选择读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="439"/>
        <source>Untick to skip it again</source>
        <translation>取消勾选可再次跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="390"/>
        <source>(not read)</source>
        <translation>（未读取）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="390"/>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="455"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="473"/>
        <source>new: %1</source>
        <translation>新地区：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="476"/>
        <source>as the import finds it</source>
        <translation>按导入识别的结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="478"/>
        <source>not known: choose where it goes</source>
        <translation>未知：请选择归属</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="486"/>
        <source>Places (%1)</source>
        <translation>地区（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="504"/>
        <source>new place in %1</source>
        <translation>%1下的新地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="506"/>
        <source>the same as %1</source>
        <translation>即%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="581"/>
        <source>Give the reading a name to save it.</source>
        <translation>请输入名称后再保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="602"/>
        <source>Saved as &apos;%1&apos;. Choose it under Saved mapping for next month&apos;s sheet, or import with --mapping.</source>
        <translation>已保存为“%1”。下月表格可在“已保存的列对应”中选择，或用 --mapping 导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="622"/>
        <location filename="../../app/ui/import_dialog.py" line="629"/>
        <source>Save a copy with an Errors sheet</source>
        <translation>保存带“错误”工作表的副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="622"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="632"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="633"/>
        <source>Fix the red cells in %1 and import it again.</source>
        <translation>请修正 %1 中的红色单元格后重新导入。</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="76"/>
        <source>Choose an indicator to see its chart</source>
        <translation>选择指标以查看图表</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="97"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="106"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="120"/>
        <source>%1: no values recorded yet</source>
        <translation>%1：尚未记录数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="134"/>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="144"/>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="361"/>
        <source>New indicator</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="361"/>
        <source>Indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="371"/>
        <source>e.g. Households reached</source>
        <translation>例如：覆盖户数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="372"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="376"/>
        <source>optional: made from the program key and the name</source>
        <translation>可选：由项目编号和名称生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="381"/>
        <source>The key names the indicator in workbooks; it stays as it is</source>
        <translation>编号用于在工作簿中标识指标，保持不变</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="382"/>
        <source>&amp;Key</source>
        <translation>编号(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="385"/>
        <source>e.g. households, %, tonnes</source>
        <translation>例如：户、%、吨</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="386"/>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="390"/>
        <source>&amp;Direction</source>
        <translation>方向(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="392"/>
        <location filename="../../app/ui/dialogs.py" line="398"/>
        <source>a number, or leave empty</source>
        <translation>数字，或留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="393"/>
        <source>&amp;Baseline</source>
        <translation>基准值(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="396"/>
        <source>Baseline &amp;period</source>
        <translation>基准期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="399"/>
        <source>&amp;Target</source>
        <translation>目标值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="402"/>
        <source>Target d&amp;ate</source>
        <translation>目标日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="406"/>
        <source>How it is measured, where the figures come from</source>
        <translation>如何计量，数据来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="407"/>
        <source>D&amp;escription</source>
        <translation>说明(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="470"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="482"/>
        <source>An indicator needs a name</source>
        <translation>指标需要名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="486"/>
        <source>Indicator key</source>
        <translation>指标编号</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="175"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="176"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="177"/>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="178"/>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="179"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
</context>
<context>
    <name>IndicatorValueDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="297"/>
        <source>Value of %1</source>
        <translation>%1 的数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="303"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="304"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="305"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="314"/>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="315"/>
        <source>&amp;Value</source>
        <translation>数值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="316"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="317"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="326"/>
        <source>Choose the period the value is for</source>
        <translation>选择该数值所属的期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="331"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>IndicatorValueModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="203"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="203"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="203"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>LogEntryModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="122"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="123"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="124"/>
        <source>What happened</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="125"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="126"/>
        <source>Complete</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="127"/>
        <source>By</source>
        <translation>填报人</translation>
    </message>
</context>
<context>
    <name>LogProgressDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="62"/>
        <location filename="../../app/ui/dialogs.py" line="279"/>
        <source>Log progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="62"/>
        <source>Edit progress entry</source>
        <translation>编辑进展记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="67"/>
        <source>Type part of the program&apos;s title, key or place</source>
        <translation>输入项目名称、编号或地区的一部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="76"/>
        <source>e.g. Residents&apos; meeting held; 40 people came</source>
        <translation>例如：召开居民会议，40 人参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="81"/>
        <source>leave empty to keep it</source>
        <translation>留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="83"/>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="98"/>
        <source>&amp;Program</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="101"/>
        <source>T&amp;ask</source>
        <translation>任务(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="102"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="103"/>
        <source>&amp;What happened</source>
        <translation>进展情况(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="104"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="112"/>
        <source>&amp;Files</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="144"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="150"/>
        <source>no percent</source>
        <translation>无完成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="151"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>New &amp;percent of the task</source>
        <translation>任务的新完成率(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="156"/>
        <source>New &amp;status of the task</source>
        <translation>任务的新状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="158"/>
        <source>New &amp;percent of the program</source>
        <translation>项目的新完成率(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="159"/>
        <source>New &amp;status of the program</source>
        <translation>项目的新状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="193"/>
        <source>(the whole program)</source>
        <translation>（整个项目）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="204"/>
        <source>Choose the program first: type part of its title above</source>
        <translation>请先选择项目：在上方输入其名称的一部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="208"/>
        <source>Say what happened</source>
        <translation>请填写进展情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="215"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="243"/>
        <source>Progress logged on %1</source>
        <translation>已记录 %1 的进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="268"/>
        <source>Progress entry “%1” saved</source>
        <translation>已保存进展记录“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="280"/>
        <source>The task reaches 100%. Mark it as completed?</source>
        <translation>该任务完成率达到 100%。标记为已完成吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>Civic Tracker</source>
        <translation>Civic Tracker</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <location filename="../../app/ui/main_window.py" line="569"/>
        <source>Programs</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <location filename="../../app/ui/main_window.py" line="570"/>
        <source>Case library</source>
        <translation>案例库</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <location filename="../../app/ui/main_window.py" line="571"/>
        <source>Tasks due</source>
        <translation>到期任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Progress log</source>
        <translation>进展日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/context.py" line="146"/>
        <source>Could not undo or redo: %1</source>
        <translation>无法撤销或重做：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="402"/>
        <source>&amp;New program…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="405"/>
        <source>Create a blank program</source>
        <translation>新建空白项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="409"/>
        <source>&amp;Start from this case</source>
        <translation>以此案例新建(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>A new program with the selected case&apos;s structure</source>
        <translation>按所选案例的结构新建项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416"/>
        <source>&amp;Log progress…</source>
        <translation>记录进展(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>Record what happened on a program</source>
        <translation>记录项目的进展情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="423"/>
        <source>&amp;Open program</source>
        <translation>打开项目(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="423"/>
        <source>Open the selected program</source>
        <translation>打开所选项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>&amp;Delete program…</source>
        <translation>删除项目(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="429"/>
        <source>Move the program to the trash</source>
        <translation>将项目移入回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="435"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="437"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="440"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="441"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="446"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="447"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>&amp;Find programs</source>
        <translation>查找项目(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Search programs as you type</source>
        <translation>边输入边搜索项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="455"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="458"/>
        <source>Read everything again from the database</source>
        <translation>从数据库重新读取全部内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="464"/>
        <source>&amp;Programs</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="465"/>
        <source>&amp;Case library</source>
        <translation>案例库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466"/>
        <source>&amp;Tasks due</source>
        <translation>到期任务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="467"/>
        <source>Progress lo&amp;g</source>
        <translation>进展日志(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="468"/>
        <source>&amp;Dashboard</source>
        <translation>概览(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="472"/>
        <source>&amp;About Civic Tracker</source>
        <translation>关于 Civic Tracker(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="501"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="502"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="503"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="504"/>
        <source>&amp;Program</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="505"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522"/>
        <source>&amp;Indicators</source>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="528"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="572"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="609"/>
        <location filename="../../app/ui/main_window.py" line="617"/>
        <source>New program</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="609"/>
        <source>Title of the new program:</source>
        <translation>新项目名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="621"/>
        <source>Created %1</source>
        <translation>已新建 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="628"/>
        <location filename="../../app/ui/main_window.py" line="637"/>
        <source>Start from this case</source>
        <translation>以此案例新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="628"/>
        <source>Select a case in the Case library first.</source>
        <translation>请先在案例库中选择一个案例。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="659"/>
        <location filename="../../app/ui/main_window.py" line="665"/>
        <source>Delete program</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="660"/>
        <source>Move the program %1 with its tasks, progress and indicators to the trash?</source>
        <translation>将项目 %1 及其任务、进展和指标移入回收站？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="669"/>
        <source>%1 moved to the trash (Ctrl+Z brings it back)</source>
        <translation>%1 已移入回收站（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="676"/>
        <source>About Civic Tracker</source>
        <translation>关于 Civic Tracker</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="677"/>
        <source>Civic Tracker %1
Track civic programs, their tasks, progress and indicators.</source>
        <translation>Civic Tracker %1
跟踪民生项目及其任务、进展和指标。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="694"/>
        <source>%1 own programs · %2 cases</source>
        <translation>本单位项目 %1 个 · 案例 %2 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="700"/>
        <source>Could not read from the database: %1</source>
        <translation>无法从数据库读取：%1</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="45"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="45"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="45"/>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Percent</source>
        <translation>完成率</translation>
    </message>
</context>
<context>
    <name>MyTasksView</name>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="30"/>
        <source>Whose tasks</source>
        <translation>谁的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="41"/>
        <source>&amp;Log progress…</source>
        <translation>记录进展(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="46"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="51"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="100"/>
        <source>Nobody owns a task yet: type an owner in a program&apos;s task tree.</source>
        <translation>还没有任务指定负责人：请在项目的任务树中填写负责人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="102"/>
        <source>No open tasks.</source>
        <translation>没有未完成的任务。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/ui/navigator.py" line="29"/>
        <source>Navigator</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="35"/>
        <source>Saved filters</source>
        <translation>已保存的筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="104"/>
        <source>Open %1 with the filter “%2”</source>
        <translation>按筛选“%2”打开%1</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="240"/>
        <source>New organization…</source>
        <translation>新建单位…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="241"/>
        <source>New organization</source>
        <translation>新建单位</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="61"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="62"/>
        <source>Decade</source>
        <translation>十年</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="63"/>
        <location filename="../../app/ui/widgets.py" line="69"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="64"/>
        <source>Year and month</source>
        <translation>年月</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="65"/>
        <location filename="../../app/ui/widgets.py" line="78"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="66"/>
        <source>Date precision</source>
        <translation>日期精度</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="73"/>
        <source>M %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="77"/>
        <source>D %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="74"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../app/ui/people_actions.py" line="26"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_actions.py" line="27"/>
        <source>&amp;My tasks</source>
        <translation>我的任务(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_actions.py" line="34"/>
        <source>P&amp;eople…</source>
        <translation>人员(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_actions.py" line="37"/>
        <source>The office&apos;s people: local names, departments, contact details, their tasks; anonymise on request</source>
        <translation>本单位人员：本地姓名、责任单位、联系方式、所负责的任务；可应要求匿名化</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="49"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Local name</source>
        <translation>本地姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="65"/>
        <source>No people yet: owners typed in the task tree or read from a workbook appear here.</source>
        <translation>还没有人员：在任务树中输入或从工作簿读入的责任人会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="72"/>
        <source>e.g. 김민지 or 李娜</source>
        <translation>例如：김민지、李娜</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="75"/>
        <source>An organization&apos;s name or key</source>
        <translation>单位名称或编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="78"/>
        <source>Optional: phone or e-mail</source>
        <translation>可选：电话或电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="80"/>
        <source>&amp;Local name:</source>
        <translation>本地姓名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="81"/>
        <source>&amp;Department:</source>
        <translation>责任单位(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="82"/>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="84"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="87"/>
        <source>Show &amp;tasks</source>
        <translation>查看任务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="90"/>
        <source>&amp;Anonymise…</source>
        <translation>匿名化(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="93"/>
        <source>Replace this person&apos;s name in tasks, progress and history, on their request (cannot be undone)</source>
        <translation>应本人要求，在任务、进展和修改记录中替换此人的姓名（无法撤销）</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="166"/>
        <source>Could not save the person</source>
        <translation>无法保存人员信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="169"/>
        <source>%1 saved</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="178"/>
        <source>Anonymise %1?</source>
        <translation>将 %1 匿名化？</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="180"/>
        <source>%1&apos;s name is replaced in their tasks, the progress they wrote and the history of both, and their local name and contact details are removed. This cannot be undone.</source>
        <translation>%1 的姓名将在其负责的任务、填写的进展及两者的修改记录中被替换，本地姓名和联系方式将被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="188"/>
        <source>Could not anonymise the person</source>
        <translation>无法匿名化此人</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="191"/>
        <source>Anonymised: now %1</source>
        <translation>已匿名化：现为 %1</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="203"/>
        <source>&apos;%1&apos; is not in the list</source>
        <translation>“%1”不在列表中</translation>
    </message>
</context>
<context>
    <name>PlaceCommands</name>
    <message>
        <location filename="../../app/ui/place_commands.py" line="35"/>
        <source>Add place %1</source>
        <translation>添加地区 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_commands.py" line="53"/>
        <source>Rename place %1 to %2</source>
        <translation>将地区 %1 改名为 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_commands.py" line="71"/>
        <source>Local name of %1</source>
        <translation>%1 的本地名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_commands.py" line="93"/>
        <source>Move place %1</source>
        <translation>移动地区 %1</translation>
    </message>
</context>
<context>
    <name>PlaceTreeModel</name>
    <message>
        <location filename="../../app/ui/models/places.py" line="89"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="89"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="89"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="89"/>
        <source>Programs</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="124"/>
        <source>%1
A place of the office (%2): double-click its name or local name to edit it</source>
        <translation>%1
本单位的地区（%2）：双击名称或本地名称即可修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="126"/>
        <source>%1
A place of the case library (%2), kept as its sources name it</source>
        <translation>%1
案例库的地区（%2），按其来源所述保存</translation>
    </message>
</context>
<context>
    <name>PlacesActions</name>
    <message>
        <location filename="../../app/ui/places_actions.py" line="24"/>
        <source>&amp;Places…</source>
        <translation>地区(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_actions.py" line="26"/>
        <source>The places programs are in: add, rename, move and merge the office&apos;s own</source>
        <translation>项目所在的地区：添加、改名、移动和合并本单位的地区</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="159"/>
        <location filename="../../app/ui/places_dialog.py" line="187"/>
        <location filename="../../app/ui/places_dialog.py" line="298"/>
        <source>Places</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="165"/>
        <source>The places programs are in. Places of the office (in bold) can be renamed (double-click a name or local name), moved and merged; the case library&apos;s places (grey) stay as its sources name them. Every change is saved at once.</source>
        <translation>项目所在的地区。本单位的地区（粗体）可以改名（双击名称或本地名称）、移动和合并；案例库的地区（灰色）按其来源所述保持不变。每项修改立即保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="194"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="196"/>
        <source>Add a place of the office inside the selected place</source>
        <translation>在所选地区内添加本单位的地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="197"/>
        <source>&amp;Rename</source>
        <translation>改名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="199"/>
        <source>Edit the selected place&apos;s name in the list (F2)</source>
        <translation>在列表中修改所选地区的名称（F2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="200"/>
        <source>&amp;Local name</source>
        <translation>本地名称(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="202"/>
        <source>Edit the selected place&apos;s local name in the list</source>
        <translation>在列表中修改所选地区的本地名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="203"/>
        <source>&amp;Move…</source>
        <translation>移动(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="205"/>
        <source>Put the selected place inside another place</source>
        <translation>将所选地区放入另一个地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="206"/>
        <source>Mer&amp;ge into…</source>
        <translation>合并到(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="209"/>
        <source>Move everything in the selected place to another place, then delete it (cannot be undone)</source>
        <translation>将所选地区中的一切移到另一个地区，然后删除该地区（无法撤销）</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="211"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="213"/>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="215"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="305"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="365"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="366"/>
        <source>Put %1 inside (empty: at the top):</source>
        <translation>将 %1 放入（留空：放在最上层）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="390"/>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="391"/>
        <source>Merge %1 into:
its programs, organizations and places move there, then %1 is deleted.</source>
        <translation>将 %1 合并到：
其项目、单位和地区移到该处，然后删除 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="406"/>
        <source>Merge %1 into %2?

Every program, organization and place in %1 moves to %2, and %1 is deleted. A merge cannot be undone.</source>
        <translation>将 %1 合并到 %2？

%1 中的每个项目、单位和地区都将移到 %2，%1 将被删除。合并无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="410"/>
        <source>Merge places</source>
        <translation>合并地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="419"/>
        <source>Merged %1 into %2: %3 programs, %4 organizations and %5 places moved.</source>
        <translation>已将 %1 合并到 %2：移动了 %3 个项目、%4 个单位和 %5 个地区。</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <location filename="../../app/ui/preferences_actions.py" line="24"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_actions.py" line="30"/>
        <source>Your name in History, the language, dates, the export folder and backups</source>
        <translation>历史记录中的姓名、语言、日期、导出文件夹和备份</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="45"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="55"/>
        <source>How your changes are signed in History. Empty: your login name.</source>
        <translation>您的更改在历史记录中的署名。留空：使用登录名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="60"/>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="78"/>
        <location filename="../../app/ui/preferences_dialog.py" line="87"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="89"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="100"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="102"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="106"/>
        <source>Backups before an import or upgrade are kept for a week, and backups taken by hand until you delete them.</source>
        <translation>导入或升级前的备份保留一周，手动备份保留至您删除为止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="117"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="119"/>
        <source>At start and once a day, a reminder names your tasks overdue and due within these days.</source>
        <translation>启动时及每天一次，提醒您已逾期以及在此天数内到期的任务。</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="123"/>
        <source>Your &amp;name in History:</source>
        <translation>历史记录中的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="124"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="126"/>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="127"/>
        <source>&amp;Export to:</source>
        <translation>导出到(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="128"/>
        <source>Second backup folder:</source>
        <translation>第二备份文件夹：</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="130"/>
        <source>Backups to &amp;keep:</source>
        <translation>保留备份(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="132"/>
        <source>&amp;Remind me of tasks due within:</source>
        <translation>提醒以下天数内到期的任务(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="166"/>
        <source>ISO: %1</source>
        <translation>ISO：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="167"/>
        <source>As the language writes them: %1</source>
        <translation>按语言习惯：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="172"/>
        <source>Civic Tracker speaks %1 from its next start.</source>
        <translation>Civic Tracker 下次启动时将使用%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="177"/>
        <source>Folder for exported workbooks</source>
        <translation>导出工作簿的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="197"/>
        <source>Second backup folder (another disk or a network share)</source>
        <translation>第二备份文件夹（另一块磁盘或网络共享）</translation>
    </message>
</context>
<context>
    <name>ProgramDetailView</name>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="155"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="156"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+Left）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="170"/>
        <source>Start from this case</source>
        <translation>以此案例新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="172"/>
        <location filename="../../app/ui/views/program_detail.py" line="702"/>
        <source>Log progress…</source>
        <translation>记录进展…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="173"/>
        <source>Log progress (Ctrl+L)</source>
        <translation>记录进展（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="197"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="199"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="200"/>
        <source>Progress log</source>
        <translation>进展日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="201"/>
        <location filename="../../app/ui/views/program_detail.py" line="758"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="202"/>
        <location filename="../../app/ui/views/program_detail.py" line="983"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="282"/>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="283"/>
        <source>&amp;Local title</source>
        <translation>本地名称(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="284"/>
        <source>&amp;Key</source>
        <translation>编号(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="292"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="303"/>
        <source>St&amp;art</source>
        <translation>开始(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="313"/>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="324"/>
        <source>&amp;Place</source>
        <translation>地区(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="336"/>
        <source>Lead &amp;organization</source>
        <translation>责任单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="352"/>
        <source>Se&amp;ctor</source>
        <translation>领域(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="361"/>
        <source>comma-separated, e.g. mobility, environment</source>
        <translation>以逗号分隔，例如：交通, 环境</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="370"/>
        <source>T&amp;hemes</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="375"/>
        <source>S&amp;ummary</source>
        <translation>概要(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="376"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="384"/>
        <source>Partners</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="385"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="386"/>
        <source>Add a partner organization (new names are created)</source>
        <translation>添加配合单位（新名称将被创建）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="387"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="409"/>
        <source>Pa&amp;rtners</source>
        <translation>配合单位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="419"/>
        <location filename="../../app/ui/views/program_detail.py" line="422"/>
        <source>Add partner</source>
        <translation>添加配合单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="419"/>
        <source>Name of the partner organization:</source>
        <translation>配合单位名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="422"/>
        <source>Its role (optional):</source>
        <translation>其职责（可选）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="429"/>
        <source>%1 is already a partner</source>
        <translation>%1 已是配合单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="443"/>
        <source>New organization</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="443"/>
        <source>Name of the organization:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="494"/>
        <source>Program key</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="557"/>
        <source>Add action plan</source>
        <translation>添加行动计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="557"/>
        <source>A top-level task</source>
        <translation>顶层任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="559"/>
        <source>Add unit task</source>
        <translation>添加子任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="560"/>
        <source>A task under the selected action plan</source>
        <translation>所选行动计划下的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="564"/>
        <source>Move the selected task to the trash</source>
        <translation>将所选任务移入回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="567"/>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="568"/>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="624"/>
        <source>Select the action plan the unit task belongs to</source>
        <translation>选择子任务所属的行动计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="631"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="631"/>
        <source>Task title:</source>
        <translation>任务名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="635"/>
        <source>A task needs a title</source>
        <translation>任务需要名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="986"/>
        <source>No sources recorded for this program.</source>
        <translation>此项目没有记录出处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1007"/>
        <source>Where each fact comes from</source>
        <translation>各项内容的出处</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1215"/>
        <source>not stated in the sources</source>
        <translation>来源未注明</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1216"/>
        <source>The sources of this case do not state it, so the library leaves it empty.</source>
        <translation>此案例的来源未注明此项，案例库将其留空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1218"/>
        <source>editorial: added by the library, not stated in the sources</source>
        <translation>编者添加：由案例库补充，来源未注明</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1219"/>
        <source>The library added this so the case can be found and filed; the sources do not state it.</source>
        <translation>案例库补充此项以便查找和归类；来源并未注明。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1097"/>
        <location filename="../../app/ui/views/program_detail.py" line="1221"/>
        <source>as of %1</source>
        <translation>截至 %1 年</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1222"/>
        <source>The year of the source that states the status</source>
        <translation>注明该状态的来源的年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="564"/>
        <location filename="../../app/ui/views/program_detail.py" line="647"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="565"/>
        <source>▲ Up</source>
        <translation>▲ 上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="565"/>
        <source>Move the task up</source>
        <translation>上移任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="566"/>
        <source>▼ Down</source>
        <translation>▼ 下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="566"/>
        <source>Move the task down</source>
        <translation>下移任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="567"/>
        <source>Make it a unit task of the task above</source>
        <translation>设为上方任务的子任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="568"/>
        <source>Lift it one level</source>
        <translation>提升一级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="648"/>
        <source>Move “%1” and its unit tasks to the trash?</source>
        <translation>将“%1”及其子任务移入回收站？</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="679"/>
        <source>There is no task above to become its action plan</source>
        <translation>上方没有可作为其行动计划的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="700"/>
        <source>No progress logged yet. Use Log progress (Ctrl+L).</source>
        <translation>尚未记录进展。请使用“记录进展”（Ctrl+L）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="710"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="711"/>
        <source>Move the selected entry to the trash</source>
        <translation>将所选记录移入回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="740"/>
        <source>Delete progress entry</source>
        <translation>删除进展记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="740"/>
        <source>Move “%1” to the trash?</source>
        <translation>将“%1”移入回收站？</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1182"/>
        <source>No indicators yet. Use Add indicator… to define what this program measures.</source>
        <translation>尚无指标。请使用“添加指标…”定义本项目的衡量内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="765"/>
        <source>Add indicator…</source>
        <translation>添加指标…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="704"/>
        <source>Edit entry…</source>
        <translation>编辑记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="705"/>
        <source>Change the selected entry&apos;s date, title, note, task or percent</source>
        <translation>修改所选记录的日期、标题、备注、任务或完成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="767"/>
        <source>Edit indicator…</source>
        <translation>编辑指标…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="768"/>
        <location filename="../../app/ui/views/program_detail.py" line="919"/>
        <source>Delete indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="774"/>
        <source>Define a new indicator for this program</source>
        <translation>为本项目定义新指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="777"/>
        <source>Change the selected indicator&apos;s name, unit, baseline or target (Enter or double-click)</source>
        <translation>修改所选指标的名称、单位、基准值或目标值（回车或双击）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="782"/>
        <source>Move the selected indicator and its values to the trash</source>
        <translation>将所选指标及其数值移入回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="813"/>
        <source>Indicator values</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="822"/>
        <source>Add value…</source>
        <translation>添加数值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="824"/>
        <source>Delete value</source>
        <translation>删除数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="912"/>
        <source>Move the indicator “%1” to the trash?</source>
        <translation>将指标“%1”移入回收站？</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="914"/>
        <source>Move the indicator “%1” and its one recorded value to the trash?</source>
        <translation>将指标“%1”及其 1 个已记录数值移入回收站？</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="916"/>
        <source>Move the indicator “%1” and its %2 recorded values to the trash?</source>
        <translation>将指标“%1”及其 %2 个已记录数值移入回收站？</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="918"/>
        <source>Undo (Ctrl+Z) or the Trash brings it back with its values.</source>
        <translation>撤销（Ctrl+Z）或回收站可将其连同数值恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="925"/>
        <source>“%1” moved to the trash (Ctrl+Z brings it back)</source>
        <translation>“%1”已移入回收站（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="943"/>
        <source>“%1”: value %2 for %3 saved</source>
        <translation>“%1”：%3 的数值 %2 已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="955"/>
        <source>“%1”: value %2 for %3 deleted (Ctrl+Z brings it back)</source>
        <translation>“%1”：%3 的数值 %2 已删除（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="996"/>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="999"/>
        <source>Progress %1: %2</source>
        <translation>进展 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1003"/>
        <source>Indicator: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1023"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1025"/>
        <source>Status: the year it holds for</source>
        <translation>状态：所指年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1062"/>
        <source>This program is no longer there (deleted or renamed).</source>
        <translation>该项目已不存在（已删除或已改名）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1066"/>
        <source>%1 is no longer there</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1084"/>
        <source>%1 is the library&apos;s local title, not stated in the sources</source>
        <translation>%1 是案例库补充的本地名称，来源未注明</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1088"/>
        <source>no place</source>
        <translation>无地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1096"/>
        <source>status not stated in the sources</source>
        <translation>来源未注明状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1102"/>
        <source>%1% complete</source>
        <translation>完成 %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1091"/>
        <location filename="../../app/ui/views/program_detail.py" line="1105"/>
        <source>percent not stated in the sources</source>
        <translation>来源未注明完成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1107"/>
        <source>no percent yet</source>
        <translation>尚无完成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1110"/>
        <source>No tasks: set by progress entries</source>
        <translation>无任务：由进展记录设定</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1150"/>
        <source>The sources state no tasks for this case.</source>
        <translation>来源未列出该案例的任务。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1152"/>
        <source>No tasks yet. Use Add action plan (Ctrl+T) to break the program into tasks.</source>
        <translation>尚无任务。请使用“添加行动计划”（Ctrl+T）将项目分解为任务。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1180"/>
        <source>The sources state no indicators for this case.</source>
        <translation>来源未列出该案例的指标。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1188"/>
        <source>A case from the library, kept as its sources state it. Use “Start from this case” to make a program of your own from it. Hover over a field name marked ⓘ to see where the fact comes from.</source>
        <translation>案例库中的案例，按其来源所述保存。使用“以此案例新建”可据此建立本单位的项目。将鼠标悬停在标有 ⓘ 的字段名上可查看信息来源。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1195"/>
        <source>started from %1</source>
        <translation>以 %1 新建</translation>
    </message>
</context>
<context>
    <name>ProgramHistoryDialog</name>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="39"/>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <location filename="../../app/ui/models/programs.py" line="57"/>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="58"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="59"/>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="60"/>
        <source>Lead organization</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="62"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="63"/>
        <source>Complete</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="64"/>
        <source>Last progress</source>
        <translation>最近进展</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="102"/>
        <source>Search title, summary, place, organization… (Ctrl+F)</source>
        <translation>搜索名称、概要、地区、单位…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="104"/>
        <source>Search programs</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="106"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="107"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="111"/>
        <source>Place filter</source>
        <translation>地区筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="113"/>
        <source>Theme filter</source>
        <translation>主题筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="115"/>
        <source>Country filter</source>
        <translation>国家筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="117"/>
        <source>Own programs or case library</source>
        <translation>本单位项目或案例库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="118"/>
        <source>Own programs</source>
        <translation>本单位项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="119"/>
        <location filename="../../app/ui/views/programs_view.py" line="160"/>
        <source>Case library</source>
        <translation>案例库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="120"/>
        <source>Both</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="145"/>
        <source>Start from this case</source>
        <translation>以此案例新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="146"/>
        <source>Copy the case&apos;s tasks and indicators into a new program of your own</source>
        <translation>将案例的任务和指标复制到本单位的新项目中</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="149"/>
        <source>New program</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="160"/>
        <source>Programs</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="232"/>
        <source>All places</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="233"/>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="234"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="324"/>
        <source>Matching programs: %1</source>
        <translation>匹配的项目：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="335"/>
        <source>No program matches the search and filters.</source>
        <translation>没有与搜索和筛选条件匹配的项目。</translation>
    </message>
</context>
<context>
    <name>ProgressLogView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="130"/>
        <source>Own programs</source>
        <translation>本单位项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="131"/>
        <source>Including the case library</source>
        <translation>包括案例库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="132"/>
        <source>Which programs</source>
        <translation>哪些项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="138"/>
        <source>Progress log</source>
        <translation>进展日志</translation>
    </message>
</context>
<context>
    <name>ProgressTimelineModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="237"/>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="240"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="248"/>
        <source>Attached: %1</source>
        <translation>附件：%1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/ui/reminder_actions.py" line="95"/>
        <source>Your tasks: %1 overdue, %2 due within %3 days.</source>
        <translation>我的任务：逾期 %1 项，%3 天内到期 %2 项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminder_actions.py" line="103"/>
        <source>and %1 more</source>
        <translation>等另外 %1 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminder_actions.py" line="107"/>
        <source>Civic Tracker: tasks due</source>
        <translation>Civic Tracker：到期任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminder_actions.py" line="113"/>
        <source>Open My tasks</source>
        <translation>打开我的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminder_actions.py" line="119"/>
        <source>Civic Tracker</source>
        <translation>Civic Tracker</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../app/ui/report_actions.py" line="37"/>
        <source>P&amp;rint report…</source>
        <translation>打印报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="41"/>
        <source>Print the open program&apos;s report, or a meeting brief of the office&apos;s open programs</source>
        <translation>打印当前项目的报告，或本单位进行中项目的会议简报</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="44"/>
        <source>Export report as P&amp;DF…</source>
        <translation>将报告导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="46"/>
        <source>Save the report the Print report command prints as a PDF file</source>
        <translation>将“打印报告”打印的报告保存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="84"/>
        <source>Export report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="89"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/report_actions.py" line="106"/>
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已保存 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="125"/>
        <location filename="../../app/ui/report_actions.py" line="133"/>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
</context>
<context>
    <name>SavedFilterActions</name>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="42"/>
        <source>Saved &amp;filters</source>
        <translation>已保存的筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="46"/>
        <source>&amp;Save current filter…</source>
        <translation>保存当前筛选(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="47"/>
        <location filename="../../app/ui/saved_filter_actions.py" line="145"/>
        <source>Keep the search and filters of this view under a name</source>
        <translation>将此视图的搜索和筛选以名称保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="67"/>
        <source>Save current filter</source>
        <translation>保存当前筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="68"/>
        <source>Name of this filter:</source>
        <translation>筛选名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="73"/>
        <location filename="../../app/ui/saved_filter_actions.py" line="104"/>
        <source>Replace the saved filter “%1”?</source>
        <translation>替换已保存的筛选“%1”？</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="78"/>
        <source>Filter “%1” saved</source>
        <translation>已保存筛选“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="92"/>
        <source>Filter “%1” applied</source>
        <translation>已应用筛选“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="95"/>
        <source>Rename saved filter</source>
        <translation>重命名已保存的筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="96"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="111"/>
        <source>Delete saved filter</source>
        <translation>删除已保存的筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="111"/>
        <source>Delete the saved filter “%1”?</source>
        <translation>删除已保存的筛选“%1”？</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="131"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="132"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="133"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="139"/>
        <location filename="../../app/ui/saved_filter_actions.py" line="155"/>
        <source>Saved filters</source>
        <translation>已保存的筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="140"/>
        <source>Apply a saved filter (View &gt; Saved filters to rename or delete one)</source>
        <translation>应用已保存的筛选（在 视图 &gt; 已保存的筛选 中重命名或删除）</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="144"/>
        <source>Save filter…</source>
        <translation>保存筛选…</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../../app/ui/texts.py" line="71"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="73"/>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="74"/>
        <source>Private</source>
        <translation>私营</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="75"/>
        <source>Service / civil society</source>
        <translation>服务 / 社会组织</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <location filename="../../app/ui/server_actions.py" line="59"/>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="60"/>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="140"/>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="142"/>
        <source>Updated with changes saved by %1</source>
        <translation>已更新为 %1 保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="264"/>
        <source>Civic Tracker will open %1 the next time it starts. Close and reopen it to switch now.</source>
        <translation>Civic Tracker 下次启动时将打开 %1。关闭并重新打开即可立即切换。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="267"/>
        <location filename="../../app/ui/server_actions.py" line="270"/>
        <source>Connection saved</source>
        <translation>连接已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="271"/>
        <source>Civic Tracker will open the local file the next time it starts. Close and reopen it to switch now.</source>
        <translation>Civic Tracker 下次启动时将打开本地文件。关闭并重新打开即可立即切换。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="282"/>
        <source>Connect to &amp;server...</source>
        <translation>连接服务器(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="285"/>
        <source>Use the office&apos;s shared database on a PostgreSQL server</source>
        <translation>使用 PostgreSQL 服务器上的本单位共享数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="296"/>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="63"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="63"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="63"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StaleProgramModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="154"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="154"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="154"/>
        <source>Last progress</source>
        <translation>最近进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="157"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>StartChoices</name>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="44"/>
        <source>No programs of your own yet. Start one of these ways:</source>
        <translation>还没有本单位的项目。可以这样开始：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="48"/>
        <source>Import workbook…</source>
        <translation>导入工作簿…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="49"/>
        <source>Bring in the programs, tasks and progress your office already keeps in a spreadsheet</source>
        <translation>导入本单位已在电子表格中记录的项目、任务和进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="53"/>
        <source>Start from a case</source>
        <translation>从案例开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="54"/>
        <source>Pick a case in the Case library and copy its tasks and indicators into a program of yours</source>
        <translation>在案例库中选一个案例，把它的任务和指标复制到本单位的新项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="58"/>
        <source>New program…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="58"/>
        <source>Create a blank program and fill it in as you go (Ctrl+N)</source>
        <translation>新建一个空项目，边做边填写 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="84"/>
        <source>Choose a case, then “Start from this case” (Ctrl+Shift+N)</source>
        <translation>选择一个案例，然后点“以此案例新建” (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>StartFromCaseDialog</name>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="38"/>
        <source>Start from this case</source>
        <translation>以此案例新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="43"/>
        <source>A program of your own, based on the case “%1”.</source>
        <translation>以案例“%1”为基础新建本单位的项目。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="46"/>
        <source>Its %1 tasks become your work to do (Planned, with no dates, percents or progress).</source>
        <translation>案例的 %1 个任务成为待办工作（计划中，无日期、完成率和进展）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="51"/>
        <source>The case lists no tasks: you add your own.</source>
        <translation>该案例没有任务：请自行添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="54"/>
        <source>Its %1 indicators are defined without values.</source>
        <translation>%1 个指标只复制定义、不含数值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="57"/>
        <source>Title, place, lead organization and start date are yours: the case&apos;s are only a starting point.</source>
        <translation>名称、地区、责任单位和开始日期由您确定：案例的内容只是起点。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="65"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="78"/>
        <source>your department; a new name is added as an organization</source>
        <translation>您的部门；新名称将添加为单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="99"/>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="100"/>
        <source>&amp;Place</source>
        <translation>地区(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="101"/>
        <source>&amp;Lead organization</source>
        <translation>责任单位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="102"/>
        <source>&amp;Start date</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="120"/>
        <source>Place: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="121"/>
        <source>Lead: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="122"/>
        <source>Started: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="124"/>
        <source>The case: %1</source>
        <translation>案例：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="130"/>
        <source>Give your program a title</source>
        <translation>请填写项目名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="159"/>
        <source>Started %1 from the case %2</source>
        <translation>已以案例 %2 新建 %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/main.py" line="113"/>
        <location filename="../../app/ui/main.py" line="116"/>
        <location filename="../../app/ui/main.py" line="190"/>
        <source>Civic Tracker</source>
        <translation>Civic Tracker</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="117"/>
        <source>Something went wrong: %1
The details are in the log file %2.</source>
        <translation>出现错误：%1
详情见日志文件 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="201"/>
        <source>Upgraded the database; a backup was written first: %1</source>
        <translation>数据库已升级；升级前已写入备份：%1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/texts.py" line="33"/>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="36"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="37"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="38"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="39"/>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="41"/>
        <source>Complete</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="42"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="135"/>
        <source>Weighted average of its unit tasks</source>
        <translation>其子任务的加权平均</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="166"/>
        <source>No percent recorded; not counted in the program&apos;s percent</source>
        <translation>未记录完成率；不计入项目完成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="167"/>
        <source>No percent recorded; the program&apos;s percent counts it as %1% while it is %2</source>
        <translation>未记录完成率；在其处于%2期间，项目完成率按 %1% 计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="198"/>
        <source>A task needs a title</source>
        <translation>任务需要名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="209"/>
        <source>Percent complete must be between 0 and 100</source>
        <translation>完成率必须在 0 到 100 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="213"/>
        <source>Weight cannot be negative</source>
        <translation>权重不能为负数</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="76"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="77"/>
        <location filename="../../app/ui/views/overview_views.py" line="86"/>
        <source>Due within</source>
        <translation>到期范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="84"/>
        <source>Tasks due and overdue</source>
        <translation>到期及逾期任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="99"/>
        <source>%1 overdue, %2 due soon</source>
        <translation>逾期 %1 项，即将到期 %2 项</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="102"/>
        <source>Timeline of the program&apos;s tasks</source>
        <translation>项目任务的时间线</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="334"/>
        <location filename="../../app/ui/views/timeline.py" line="519"/>
        <source>no dates</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="397"/>
        <location filename="../../app/ui/views/timeline.py" line="524"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="420"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="426"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="433"/>
        <source>Q%1 %2</source>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="527"/>
        <source>Drag the bar or its ends to change the dates</source>
        <translation>拖动条形或其两端以更改日期</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="582"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="582"/>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="582"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="584"/>
        <source>How much time the timeline shows at once</source>
        <translation>时间线一次显示的时间范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="586"/>
        <source>&amp;Zoom:</source>
        <translation>显示单位(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="588"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="589"/>
        <source>Scroll to today&apos;s line</source>
        <translation>滚动到今天的线</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="596"/>
        <source>No tasks yet: add action plans and unit tasks on the Tasks tab.</source>
        <translation>还没有任务：请在“任务”标签页添加行动计划和子任务。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="639"/>
        <source>Drag a bar or its ends to change the dates; ←/→ move the selected task a week, Shift+←/→ its due date. Faint: a date known only to the month or year.</source>
        <translation>拖动条形或其两端可更改日期；←/→ 将所选任务移动一周，Shift+←/→ 只移动完成时限。浅色：只知道月份或年份的日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="643"/>
        <source>Read only. Faint: a date known only to the month or year.</source>
        <translation>只读。浅色：只知道月份或年份的日期。</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="38"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="40"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="41"/>
        <source>Deleted with it</source>
        <translation>随之删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="42"/>
        <source>Deleted on</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="65"/>
        <source>Its program is in the trash too; restore the program to see it again</source>
        <translation>其所属项目也在回收站中；恢复该项目后即可再次看到</translation>
    </message>
</context>
<context>
    <name>TrashPanel</name>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="111"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="113"/>
        <source>Empty Trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="141"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="144"/>
        <source>The trash is empty</source>
        <translation>回收站为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="146"/>
        <source>1 item in the trash</source>
        <translation>回收站中有 1 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="148"/>
        <source>%1 items in the trash</source>
        <translation>回收站中有 %1 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="166"/>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="176"/>
        <source>Delete everything in the trash (%1 items) for good? This cannot be undone here; a backup is taken first and kept for a week (File &gt; Backups).</source>
        <translation>永久删除回收站中的全部内容（%1 项）？此操作在此无法撤销；删除前会先备份并保留一周（文件 &gt; 备份）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="179"/>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="184"/>
        <source>Could not empty the trash</source>
        <translation>无法清空回收站</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="87"/>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="88"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="97"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="100"/>
        <source>See the backups of this database, back up now, or restore one</source>
        <translation>查看此数据库的备份、立即备份或恢复备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="106"/>
        <source>&amp;History of This Program</source>
        <translation>本项目的历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="111"/>
        <source>&amp;Trash</source>
        <translation>回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="115"/>
        <source>H&amp;istory</source>
        <translation>变更历史(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="123"/>
        <source>This database is read-only (file permissions or a read-only share). You can look, search and export, but changes cannot be saved.</source>
        <translation>此数据库为只读（文件权限或只读共享）。可以查看、搜索和导出，但无法保存更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="164"/>
        <source>The daily backup could not be written: %1</source>
        <translation>无法写入每日备份：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="187"/>
        <location filename="../../app/ui/trust_actions.py" line="239"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="211"/>
        <location filename="../../app/ui/trust_actions.py" line="215"/>
        <location filename="../../app/ui/trust_actions.py" line="224"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="218"/>
        <source>%1

Restore the newest backup, taken %2? The damaged file is kept beside it, unchanged.</source>
        <translation>%1

恢复 %2 的最新备份？损坏的文件将原样保留在其旁边。</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="229"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="235"/>
        <source>The damaged file was kept as</source>
        <translation>损坏的文件已保留为</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="240"/>
        <source>The newest backup was restored.</source>
        <translation>已恢复最新备份。</translation>
    </message>
</context>
</TS>
