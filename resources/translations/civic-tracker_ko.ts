<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddPlaceForm</name>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="55"/>
        <source>Add place</source>
        <translation>지역 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="60"/>
        <source>In English, e.g. Mapo-gu</source>
        <translation>영어로, 예: Mapo-gu</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="63"/>
        <source>e.g. 마포구 or 盐田区</source>
        <translation>예: 마포구, 盐田区</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="70"/>
        <source>As its name says</source>
        <translation>이름에 따라</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="75"/>
        <source>&amp;Local name:</source>
        <translation>현지 이름(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="76"/>
        <source>&amp;Inside:</source>
        <translation>상위 지역(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="77"/>
        <source>Le&amp;vel:</source>
        <translation>단계(&amp;V):</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../app/ui/attachments.py" line="68"/>
        <source>Attached files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="69"/>
        <source>Drop files here to attach them (at most 50 MB each)</source>
        <translation>여기에 파일을 끌어다 놓으면 첨부됩니다(파일당 최대 50 MB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="73"/>
        <source>Attach file…</source>
        <translation>파일 첨부…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="75"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="77"/>
        <source>Save a copy…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="79"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="82"/>
        <source>Drop minutes, photos or signed documents here, or attach them.</source>
        <translation>회의록, 사진, 서명된 문서를 여기에 끌어다 놓거나 첨부하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="84"/>
        <source>Drop files here, or attach them: each is kept at once, with the entry.</source>
        <translation>파일을 여기에 끌어다 놓거나 첨부하세요: 바로 이 기록과 함께 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="129"/>
        <source>Attach a file</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="129"/>
        <location filename="../../app/ui/attachments.py" line="222"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachments.py" line="155"/>
        <source>Attach %n file(s) to %1</source>
        <translation>
            <numerusform>%1에 파일 %n개 첨부</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="215"/>
        <source>No program on this computer opens %1</source>
        <translation>이 컴퓨터에 %1을(를) 열 수 있는 프로그램이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="222"/>
        <source>Save a copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="231"/>
        <source>Saved a copy of %1</source>
        <translation>%1의 사본을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="244"/>
        <source>Remove attachment</source>
        <translation>첨부 파일 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="245"/>
        <source>Remove %1 from this progress entry? History keeps its name, not the file.</source>
        <translation>이 추진현황 기록에서 %1을(를) 삭제할까요? 변경 이력에는 파일이 아니라 이름만 남습니다.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="112"/>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="133"/>
        <source>Back Up Now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="135"/>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="188"/>
        <source>Backups are for SQLite files; back up a server database with pg_dump.</source>
        <translation>백업은 SQLite 파일에만 쓸 수 있습니다. 서버 데이터베이스는 pg_dump로 백업하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="192"/>
        <source>Backups of %1</source>
        <translation>%1의 백업</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="217"/>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="225"/>
        <source>Backup written</source>
        <translation>백업 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="220"/>
        <source>The backup was written to %1</source>
        <translation>백업을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="141"/>
        <source>Second Backup Folder…</source>
        <translation>두 번째 백업 폴더…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="144"/>
        <source>Another disk or a network share that receives a checked copy of every backup</source>
        <translation>모든 백업의 검사된 사본을 받는 다른 디스크나 네트워크 공유 폴더</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="146"/>
        <source>No Second Folder</source>
        <translation>두 번째 폴더 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="158"/>
        <source>A backup is taken every day the app is used, before every upgrade and import, and before a restore. Each is checked before it is kept (SQLite&apos;s integrity check, the tables and their row counts). %1 daily and %2 weekly backups are kept (Preferences), and always the newest checked one; backups taken by hand are never deleted.</source>
        <translation>앱을 사용하는 날마다, 그리고 업그레이드·가져오기·복원 전마다 백업합니다. 각 백업은 보관하기 전에 검사합니다(SQLite 무결성 검사, 테이블과 행 수). 일일 백업 %1개와 주간 백업 %2개(환경설정), 그리고 검사를 통과한 최신 백업은 항상 보관하며, 직접 만든 백업은 지우지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="222"/>
        <source>A copy was written to %1</source>
        <translation>사본을 %1에 썼습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="232"/>
        <source>Second backup folder (another disk or a network share)</source>
        <translation>두 번째 백업 폴더(다른 디스크나 네트워크 공유 폴더)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="246"/>
        <source>Replace the data with the backup taken %1?

The current data is backed up first, so this can be undone by restoring that backup. Other copies of the app on this database see the restored data too.</source>
        <translation>%1에 만든 백업으로 데이터를 바꿀까요?

현재 데이터를 먼저 백업하므로, 그 백업을 복원하면 되돌릴 수 있습니다. 이 데이터베이스를 쓰는 다른 앱에서도 복원된 데이터가 보입니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="250"/>
        <source>Restore backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="256"/>
        <source>Restore failed</source>
        <translation>복원 실패</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="261"/>
        <source>Backup restored</source>
        <translation>백업 복원 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="262"/>
        <source>The data was restored. The state before the restore was saved as %1</source>
        <translation>데이터를 복원했습니다. 복원 전 상태는 %1(으)로 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="271"/>
        <source>No second backup folder: backups are kept beside the database only.</source>
        <translation>두 번째 백업 폴더가 없습니다: 백업은 데이터베이스 옆에만 보관합니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="275"/>
        <source>Every backup is also copied to %1 (set by CIVIC_TRACKER_BACKUP_DIR).</source>
        <translation>모든 백업을 %1에도 복사합니다(CIVIC_TRACKER_BACKUP_DIR로 지정됨).</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="278"/>
        <source>Every backup is also copied to %1.</source>
        <translation>모든 백업을 %1에도 복사합니다.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>Taken</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="52"/>
        <source>Checked</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="75"/>
        <source>Not checked by this version of Civic Tracker, or changed since it was checked. Restoring it checks it first.</source>
        <translation>이 버전의 Civic Tracker가 검사하지 않았거나 검사한 뒤에 바뀌었습니다. 복원할 때 먼저 검사합니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="90"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="90"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="278"/>
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="36"/>
        <source>Match the columns of &apos;%1&apos;</source>
        <translation>&apos;%1&apos;의 열 맞추기</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="42"/>
        <source>Civic Tracker could not tell which column is which. Choose, for each field, the column of your sheet that holds it (header row %1). Fields marked * are needed for new rows.</source>
        <translation>Civic Tracker가 어느 열이 무엇인지 알아내지 못했습니다. 항목마다 그 값이 들어 있는 시트의 열을 고르세요(머리글 행 %1). * 표시가 있는 항목은 새 행에 꼭 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="52"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="56"/>
        <source>Saved mapping:</source>
        <translation>저장된 열 맞춤:</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="63"/>
        <source>Rows are:</source>
        <translation>이 시트의 행:</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="72"/>
        <source>Save this mapping as</source>
        <translation>이 열 맞춤을 저장할 이름</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="74"/>
        <source>for example: Transport team list</source>
        <translation>예: 교통팀 목록</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="97"/>
        <source>(not in this sheet)</source>
        <translation>(이 시트에 없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="137"/>
        <source>Save mapping</source>
        <translation>열 맞춤 저장</translation>
    </message>
    <message>
        <location filename="../../app/ui/mapping_dialog.py" line="137"/>
        <source>Give the mapping a name to save it.</source>
        <translation>저장하려면 열 맞춤에 이름을 붙이세요.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="112"/>
        <source>Edit %1 of %2</source>
        <translation>%2의 %1 편집</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="138"/>
        <source>Start from case %1</source>
        <translation>사례 %1로 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="140"/>
        <source>New program</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="167"/>
        <source>Delete program %1</source>
        <translation>사업 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="186"/>
        <source>Edit task %1</source>
        <translation>과제 %1 편집</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="206"/>
        <source>Add task %1</source>
        <translation>과제 %1 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="226"/>
        <source>Delete task %1</source>
        <translation>과제 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="245"/>
        <source>Move task %1</source>
        <translation>과제 %1 이동</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="274"/>
        <source>Log progress on %1</source>
        <translation>%1 추진현황 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="308"/>
        <source>Edit progress entry %1</source>
        <translation>추진현황 기록 %1 편집</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="340"/>
        <source>Set %1 for %2</source>
        <translation>%2의 %1 설정</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="369"/>
        <source>Delete %1 of %2</source>
        <translation>%2의 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="388"/>
        <source>Add indicator %1</source>
        <translation>지표 %1 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="430"/>
        <source>Edit indicator %1</source>
        <translation>지표 %1 편집</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="453"/>
        <source>Delete indicator %1</source>
        <translation>지표 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="467"/>
        <source>“%1” is no longer in the trash (it was emptied); restore it from a backup</source>
        <translation>“%1”이(가) 더 이상 휴지통에 없습니다(휴지통을 비웠습니다). 백업에서 복원하세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="479"/>
        <source>Delete progress entry %1</source>
        <translation>추진현황 기록 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="498"/>
        <source>Attach %1 to %2</source>
        <translation>%2에 %1 첨부</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="523"/>
        <source>Remove %1 from %2</source>
        <translation>%2에서 %1 제거</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/ui/server_actions.py" line="153"/>
        <source>Connect to server</source>
        <translation>서버에 연결</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="158"/>
        <source>e.g. db.district.local</source>
        <translation>예: db.district.local</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="166"/>
        <source>from ~/.pgpass when empty</source>
        <translation>비워 두면 ~/.pgpass에서</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="167"/>
        <source>Remember the password in the system keyring</source>
        <translation>시스템 키링에 비밀번호 기억</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="172"/>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="173"/>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="174"/>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="175"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="176"/>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="184"/>
        <source>The password is never saved in the settings. Put it in ~/.pgpass (or %APPDATA%\postgresql\pgpass.conf on Windows), or you will be asked at start.</source>
        <translation>비밀번호는 설정에 저장되지 않습니다. ~/.pgpass(Windows에서는 %APPDATA%\postgresql\pgpass.conf)에 넣어 두거나, 시작할 때 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="189"/>
        <source>The password is never saved in the settings; it is kept in the system keyring if you tick the box, else you will be asked at start (unless ~/.pgpass has it).</source>
        <translation>비밀번호는 설정에 저장되지 않습니다. 확인란을 선택하면 시스템 키링에 보관되고, 선택하지 않으면 시작할 때 묻습니다(~/.pgpass에 있으면 묻지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="195"/>
        <source>&amp;Test connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="200"/>
        <source>Use the &amp;local file</source>
        <translation>로컬 파일 사용(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="230"/>
        <source>The server wants a password: type it above, or put it in ~/.pgpass.</source>
        <translation>서버에 비밀번호가 필요합니다: 위에 입력하거나 ~/.pgpass에 넣으세요.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="196"/>
        <source>Date of the last meeting</source>
        <translation>지난 회의 날짜</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="203"/>
        <source>Program for the chart</source>
        <translation>차트 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="207"/>
        <source>Indicator for the chart</source>
        <translation>차트 지표</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="231"/>
        <source>Overdue tasks</source>
        <translation>기한 지난 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="232"/>
        <source>No progress in the last 30 days</source>
        <translation>최근 30일간 추진현황 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="233"/>
        <source>Due this week</source>
        <translation>이번 주 마감</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="240"/>
        <source>Progress since</source>
        <translation>이 날짜 이후 추진현황</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="243"/>
        <source>Since the last meeting</source>
        <translation>지난 회의 이후</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="249"/>
        <source>Latest progress</source>
        <translation>최근 추진현황 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="250"/>
        <source>Indicator chart</source>
        <translation>지표 차트</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="254"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="290"/>
        <source>Overdue tasks (%1)</source>
        <translation>기한 지난 과제 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="292"/>
        <source>Due this week (%1)</source>
        <translation>이번 주 마감 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="294"/>
        <source>No progress in the last 30 days (%1)</source>
        <translation>최근 30일간 추진현황 없음 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="299"/>
        <source>Since the last meeting: %1 entries on %2 programs</source>
        <translation>지난 회의 이후: 사업 %2개에 추진현황 %1건</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="307"/>
        <source> (case)</source>
        <translation> (사례)</translation>
    </message>
</context>
<context>
    <name>DueTaskModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Due</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="92"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="114"/>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="114"/>
        <source>Due soon</source>
        <translation>곧 마감</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="34"/>
        <source>Export meeting workbook...</source>
        <translation>회의용 통합 문서 내보내기...</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="37"/>
        <source>Import workbook...</source>
        <translation>통합 문서 가져오기...</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="40"/>
        <location filename="../../app/ui/excel_actions.py" line="111"/>
        <source>Undo last import</source>
        <translation>마지막 가져오기 취소</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="51"/>
        <source>This database is open read-only; nothing can be imported.</source>
        <translation>이 데이터베이스는 읽기 전용으로 열려 있어 아무것도 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="62"/>
        <source>Wrote %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="69"/>
        <source>Import workbook</source>
        <translation>통합 문서 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="73"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>스프레드시트 (*.xlsx *.xlsm *.xls *.ods *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="105"/>
        <source>Imported: %1 created, %2 updated</source>
        <translation>가져오기 완료: %1건 생성, %2건 수정</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="117"/>
        <source>There is no import to undo.</source>
        <translation>취소할 가져오기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="122"/>
        <source>Undo the import of %1 (%2)? Its %3 new rows go to the trash and its %4 changed rows get their old values back.</source>
        <translation>%1(%2) 가져오기를 취소할까요? 새로 추가된 행 %3개는 휴지통으로 옮겨지고, 바뀐 행 %4개는 이전 값으로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="140"/>
        <source>Undone: %1 values put back, %2 rows moved to the trash.</source>
        <translation>취소 완료: 값 %1개를 되돌리고 행 %2개를 휴지통으로 옮겼습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/excel_actions.py" line="145"/>
        <source>%1 indicator values the import had added were removed.</source>
        <translation>가져오기로 추가된 지표 값 %1개를 삭제했습니다.</translation>
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
        <translation>회의용 통합 문서 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="62"/>
        <source>All places</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="65"/>
        <source>Place:</source>
        <translation>지역:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="67"/>
        <source>The office&apos;s own programs</source>
        <translation>우리 기관의 자체 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="68"/>
        <source>Own programs and the case library</source>
        <translation>자체 사업과 사례 라이브러리</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="69"/>
        <source>Only the case library</source>
        <translation>사례 라이브러리만</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="70"/>
        <source>Programs:</source>
        <translation>사업:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="79"/>
        <source>Only with status
(none ticked: all):</source>
        <translation>다음 상태만
(선택하지 않으면 전체):</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="80"/>
        <source>Only the program shown (%1)</source>
        <translation>보고 있는 사업만 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="84"/>
        <source>for example 2026-10 (the Summary lists progress since then)</source>
        <translation>예: 2026-10 (요약 시트에 그 이후의 추진현황을 보여 줍니다)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="85"/>
        <source>Progress since:</source>
        <translation>이 시점 이후 추진현황:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="86"/>
        <source>Add a History sheet of every recorded change</source>
        <translation>기록된 모든 변경을 담은 변경 이력 시트 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="98"/>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="134"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="146"/>
        <source>Writing %1...</source>
        <translation>%1 쓰는 중...</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="167"/>
        <source>Workbook written</source>
        <translation>통합 문서 저장 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="168"/>
        <source>%1: %2 programs, %3 tasks, %4 progress entries, %5 indicator values of %6 indicators.</source>
        <translation>%1: 사업 %2개, 과제 %3개, 추진현황 기록 %4개, 지표 %6개의 값 %5개.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="185"/>
        <source>Cancelled; no file was written.</source>
        <translation>취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="193"/>
        <source>Cancelling...</source>
        <translation>취소하는 중...</translation>
    </message>
</context>
<context>
    <name>GuideActions</name>
    <message>
        <location filename="../../app/ui/guide_actions.py" line="26"/>
        <source>&amp;User guide…</source>
        <translation>사용 안내(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_actions.py" line="31"/>
        <source>How to do each task in Civic Tracker, in the interface&apos;s language</source>
        <translation>Civic Tracker의 작업별 사용 방법(화면 언어로)</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_actions.py" line="37"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>단축키(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_actions.py" line="40"/>
        <source>The keys of every menu command</source>
        <translation>모든 메뉴 명령의 단축키</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/guide_dialog.py" line="26"/>
        <source>Civic Tracker user guide</source>
        <translation>Civic Tracker 사용 안내</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../app/ui/history_panel.py" line="180"/>
        <location filename="../../app/ui/history_panel.py" line="284"/>
        <source>All changes</source>
        <translation>모든 변경</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="182"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="183"/>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="184"/>
        <source>Moved to trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="185"/>
        <source>Restored</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="186"/>
        <source>Deleted for good</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="192"/>
        <source>All records</source>
        <translation>모든 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="194"/>
        <source>Programs</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="195"/>
        <source>Tasks</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="196"/>
        <source>Progress entries</source>
        <translation>추진현황 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="197"/>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="198"/>
        <source>Indicator values</source>
        <translation>지표 값</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="202"/>
        <source>Since</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="208"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="214"/>
        <source>Person:</source>
        <translation>사람:</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="216"/>
        <source>Change:</source>
        <translation>변경:</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="218"/>
        <source>Record:</source>
        <translation>기록:</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="269"/>
        <source>Everyone</source>
        <translation>모두</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="282"/>
        <source>History of %1</source>
        <translation>%1 변경 이력</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="312"/>
        <source>1 change</source>
        <translation>변경 1건</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="312"/>
        <source>%1 changes</source>
        <translation>변경 %1건</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../app/ui/history_panel.py" line="46"/>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="47"/>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="48"/>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="49"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="50"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="51"/>
        <source>Old value</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="52"/>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="53"/>
        <location filename="../../app/ui/history_panel.py" line="63"/>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="56"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="57"/>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="58"/>
        <source>Moved to trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="59"/>
        <source>Restored</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="60"/>
        <source>Deleted for good</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="64"/>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="65"/>
        <source>Progress entry</source>
        <translation>추진현황 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="66"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="67"/>
        <source>Indicator value</source>
        <translation>지표 값</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="135"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="88"/>
        <source>Reading %1...</source>
        <translation>%1 읽는 중...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="104"/>
        <source>Sheet, row</source>
        <translation>시트, 행</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="105"/>
        <source>What</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="106"/>
        <source>Key</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="107"/>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="108"/>
        <source>Old value</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="109"/>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="113"/>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <location filename="../../app/ui/import_dialog.py" line="132"/>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <source>What is wrong</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="120"/>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="125"/>
        <source>Not imported, and why</source>
        <translation>가져오지 않은 값과 그 이유</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="130"/>
        <location filename="../../app/ui/import_dialog.py" line="421"/>
        <source>Notices</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132"/>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <source>Read as</source>
        <translation>인식 결과</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132"/>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="134"/>
        <source>Sheets</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <source>Header in the file</source>
        <translation>파일의 머리글</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="142"/>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Place in the file</source>
        <translation>파일의 지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Goes to</source>
        <translation>넣을 곳</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="149"/>
        <source>Places the app does not know yet: choose the place each goes in, or the place it already is</source>
        <translation>앱에 아직 없는 지역입니다. 각 지역을 넣을 상위 지역이나, 이미 있는 같은 지역을 고르세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="151"/>
        <location filename="../../app/ui/import_dialog.py" line="486"/>
        <source>Places</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="158"/>
        <source>Saved mapping:</source>
        <translation>저장된 열 맞춤:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="160"/>
        <source>(as found)</source>
        <translation>(찾은 그대로)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="166"/>
        <source>name, for next month&apos;s sheet</source>
        <translation>이름(다음 달 시트에 쓸)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="168"/>
        <location filename="../../app/ui/import_dialog.py" line="579"/>
        <source>Save this reading</source>
        <translation>이 읽기 저장</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="170"/>
        <source>Keep how each column is read under this name, to read next month&apos;s sheet the same way</source>
        <translation>각 열을 읽은 방식을 이 이름으로 저장해 다음 달 시트도 같은 방식으로 읽습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="178"/>
        <source>Places...</source>
        <translation>지역...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="180"/>
        <source>Add the place a sheet&apos;s places go in (a district the app does not know yet), then read again</source>
        <translation>시트의 지역이 들어갈 지역(앱에 아직 없는 구 등)을 추가한 뒤 다시 읽습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="185"/>
        <source>Match columns...</source>
        <translation>열 맞추기...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="189"/>
        <source>Save a copy with an Errors sheet...</source>
        <translation>오류 시트를 넣은 사본 저장...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="194"/>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="199"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="227"/>
        <source>Cancelling; nothing will be written...</source>
        <translation>취소하는 중입니다. 아무것도 저장하지 않습니다...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="238"/>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="264"/>
        <source>Importing %1...</source>
        <translation>%1 가져오는 중...</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="286"/>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="277"/>
        <source>%1 created, %2 updated, %3 unchanged. Edit &gt; Undo last import takes it back.</source>
        <translation>%1건 생성, %2건 수정, %3건 변경 없음. 편집 &gt; 마지막 가져오기 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="297"/>
        <source> (the first %1 changes are listed)</source>
        <translation> (처음 %1건의 변경만 표시)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="314"/>
        <source>new %1</source>
        <translation>새 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="331"/>
        <location filename="../../app/ui/import_dialog.py" line="352"/>
        <source>Untick to skip this row</source>
        <translation>이 행을 건너뛰려면 선택을 해제하세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="360"/>
        <source>ignored columns: %1</source>
        <translation>무시한 열: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="362"/>
        <source>%1 stored rows not in this sheet (left alone)</source>
        <translation>이 시트에 없는 저장된 행 %1개 (그대로 둠)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="367"/>
        <source>0.6 is 60%</source>
        <translation>0.6은 60%</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="367"/>
        <source>60 is 60%, 1 is 1%</source>
        <translation>60은 60%, 1은 1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="368"/>
        <source>percents: %1</source>
        <translation>백분율: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="373"/>
        <source>new places: %1</source>
        <translation>새 지역: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="375"/>
        <source>new organizations: %1</source>
        <translation>새 기관: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="377"/>
        <source>&apos;%1&apos; read as row numbers</source>
        <translation>&apos;%1&apos;은(는) 행 번호로 읽음</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="379"/>
        <source>%1 rows skipped (not records)</source>
        <translation>%1개 행 건너뜀 (기록이 아님)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="419"/>
        <source>Notices (%1)</source>
        <translation>알림 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="431"/>
        <location filename="../../app/ui/import_dialog.py" line="435"/>
        <source>row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="431"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="432"/>
        <source>Tick to read this row after all</source>
        <translation>이 행을 읽으려면 선택하세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="436"/>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="437"/>
        <source>read as you chose, though it looks like no record</source>
        <translation>기록이 아닌 듯하지만 선택해 읽은 행</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="439"/>
        <source>Untick to skip it again</source>
        <translation>다시 건너뛰려면 선택을 해제하세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="390"/>
        <source>(not read)</source>
        <translation>(읽지 않음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="390"/>
        <source>missing %1</source>
        <translation>%1 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="455"/>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="473"/>
        <source>new: %1</source>
        <translation>새 지역: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="476"/>
        <source>as the import finds it</source>
        <translation>가져오기가 찾은 대로</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="478"/>
        <source>not known: choose where it goes</source>
        <translation>알 수 없음: 넣을 곳을 고르세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="486"/>
        <source>Places (%1)</source>
        <translation>지역 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="504"/>
        <source>new place in %1</source>
        <translation>%1 안의 새 지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="506"/>
        <source>the same as %1</source>
        <translation>%1와(과) 같은 지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="581"/>
        <source>Give the reading a name to save it.</source>
        <translation>저장하려면 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="602"/>
        <source>Saved as &apos;%1&apos;. Choose it under Saved mapping for next month&apos;s sheet, or import with --mapping.</source>
        <translation>&apos;%1&apos;(으)로 저장했습니다. 다음 달 시트에서는 &apos;저장된 열 맞춤&apos;에서 고르거나 --mapping으로 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="622"/>
        <location filename="../../app/ui/import_dialog.py" line="629"/>
        <source>Save a copy with an Errors sheet</source>
        <translation>오류 시트를 넣은 사본 저장</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="622"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="632"/>
        <source>Saved</source>
        <translation>저장 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="633"/>
        <source>Fix the red cells in %1 and import it again.</source>
        <translation>%1의 빨간 셀을 고친 뒤 다시 가져오세요.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="76"/>
        <source>Choose an indicator to see its chart</source>
        <translation>차트를 볼 지표를 고르세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="97"/>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="106"/>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="120"/>
        <source>%1: no values recorded yet</source>
        <translation>%1: 아직 기록된 값이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="134"/>
        <source>Target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="144"/>
        <source>Target date</source>
        <translation>목표 시점</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="361"/>
        <source>New indicator</source>
        <translation>새 지표</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="361"/>
        <source>Indicator %1</source>
        <translation>지표 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="371"/>
        <source>e.g. Households reached</source>
        <translation>예: 지원한 가구 수</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="372"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="376"/>
        <source>optional: made from the program key and the name</source>
        <translation>선택 사항: 비워 두면 사업 코드와 이름으로 만듭니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="381"/>
        <source>The key names the indicator in workbooks; it stays as it is</source>
        <translation>코드는 통합 문서에서 지표를 가리키며 바뀌지 않습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="382"/>
        <source>&amp;Key</source>
        <translation>코드(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="385"/>
        <source>e.g. households, %, tonnes</source>
        <translation>예: 가구, %, 톤</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="386"/>
        <source>&amp;Unit</source>
        <translation>단위(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="390"/>
        <source>&amp;Direction</source>
        <translation>방향(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="392"/>
        <location filename="../../app/ui/dialogs.py" line="398"/>
        <source>a number, or leave empty</source>
        <translation>숫자 또는 빈칸</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="393"/>
        <source>&amp;Baseline</source>
        <translation>기준값(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="396"/>
        <source>Baseline &amp;period</source>
        <translation>기준 시점(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="399"/>
        <source>&amp;Target</source>
        <translation>목표(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="402"/>
        <source>Target d&amp;ate</source>
        <translation>목표 시점(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="406"/>
        <source>How it is measured, where the figures come from</source>
        <translation>측정 방법과 수치의 출처</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="407"/>
        <source>D&amp;escription</source>
        <translation>설명(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="470"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="482"/>
        <source>An indicator needs a name</source>
        <translation>지표에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="486"/>
        <source>Indicator key</source>
        <translation>지표 코드</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="175"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="176"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="177"/>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="178"/>
        <source>Latest</source>
        <translation>최신값</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="179"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
</context>
<context>
    <name>IndicatorValueDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="297"/>
        <source>Value of %1</source>
        <translation>%1 값</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="303"/>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="304"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="305"/>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="314"/>
        <source>&amp;Period</source>
        <translation>기간(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="315"/>
        <source>&amp;Value</source>
        <translation>값(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="316"/>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="317"/>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="326"/>
        <source>Choose the period the value is for</source>
        <translation>값의 기간을 고르세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="331"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos;은(는) 숫자가 아닙니다</translation>
    </message>
</context>
<context>
    <name>IndicatorValueModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="203"/>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="203"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="203"/>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
</context>
<context>
    <name>LogEntryModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="122"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="123"/>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="124"/>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="125"/>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="126"/>
        <source>Complete</source>
        <translation>진척률</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="127"/>
        <source>By</source>
        <translation>작성자</translation>
    </message>
</context>
<context>
    <name>LogProgressDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="62"/>
        <location filename="../../app/ui/dialogs.py" line="279"/>
        <source>Log progress</source>
        <translation>추진현황 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="62"/>
        <source>Edit progress entry</source>
        <translation>추진현황 기록 편집</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="67"/>
        <source>Type part of the program&apos;s title, key or place</source>
        <translation>사업 제목, 코드, 지역의 일부를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="76"/>
        <source>e.g. Residents&apos; meeting held; 40 people came</source>
        <translation>예: 주민 회의 개최, 40명 참석</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="81"/>
        <source>leave empty to keep it</source>
        <translation>비워 두면 그대로</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="83"/>
        <source>(unchanged)</source>
        <translation>(변경 없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="98"/>
        <source>&amp;Program</source>
        <translation>사업(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="101"/>
        <source>T&amp;ask</source>
        <translation>과제(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="102"/>
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="103"/>
        <source>&amp;What happened</source>
        <translation>한 일(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="104"/>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="112"/>
        <source>&amp;Files</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="144"/>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="150"/>
        <source>no percent</source>
        <translation>진척률 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="151"/>
        <source>Save changes</source>
        <translation>변경 내용 저장</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>New &amp;percent of the task</source>
        <translation>과제의 새 진척률(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="156"/>
        <source>New &amp;status of the task</source>
        <translation>과제의 새 상태(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="158"/>
        <source>New &amp;percent of the program</source>
        <translation>사업의 새 진척률(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="159"/>
        <source>New &amp;status of the program</source>
        <translation>사업의 새 상태(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="193"/>
        <source>(the whole program)</source>
        <translation>(사업 전체)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="204"/>
        <source>Choose the program first: type part of its title above</source>
        <translation>먼저 사업을 고르세요: 위에 제목 일부를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="208"/>
        <source>Say what happened</source>
        <translation>있었던 일을 적어 주세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="215"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="243"/>
        <source>Progress logged on %1</source>
        <translation>%1에 추진현황을 기록했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="268"/>
        <source>Progress entry “%1” saved</source>
        <translation>추진현황 기록 “%1”을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="280"/>
        <source>The task reaches 100%. Mark it as completed?</source>
        <translation>과제의 진척률이 100%가 됩니다. 완료로 표시할까요?</translation>
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
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <location filename="../../app/ui/main_window.py" line="569"/>
        <source>Programs</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <location filename="../../app/ui/main_window.py" line="570"/>
        <source>Case library</source>
        <translation>사례 라이브러리</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <location filename="../../app/ui/main_window.py" line="571"/>
        <source>Tasks due</source>
        <translation>마감 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Progress log</source>
        <translation>추진현황 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/context.py" line="146"/>
        <source>Could not undo or redo: %1</source>
        <translation>실행 취소/다시 실행을 할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="402"/>
        <source>&amp;New program…</source>
        <translation>새 사업(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="405"/>
        <source>Create a blank program</source>
        <translation>빈 사업 만들기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="409"/>
        <source>&amp;Start from this case</source>
        <translation>이 사례로 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>A new program with the selected case&apos;s structure</source>
        <translation>선택한 사례의 구조로 새 사업 만들기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416"/>
        <source>&amp;Log progress…</source>
        <translation>추진현황 기록(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>Record what happened on a program</source>
        <translation>사업에서 있었던 일 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="423"/>
        <source>&amp;Open program</source>
        <translation>사업 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="423"/>
        <source>Open the selected program</source>
        <translation>선택한 사업 열기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>&amp;Delete program…</source>
        <translation>사업 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="429"/>
        <source>Move the program to the trash</source>
        <translation>사업을 휴지통으로 옮기기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="435"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="437"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="440"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="441"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="446"/>
        <source>Undone: %1</source>
        <translation>실행 취소함: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="447"/>
        <source>Redone: %1</source>
        <translation>다시 실행함: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>&amp;Find programs</source>
        <translation>사업 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Search programs as you type</source>
        <translation>입력하는 대로 사업 검색</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="455"/>
        <source>&amp;Reload</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="458"/>
        <source>Read everything again from the database</source>
        <translation>데이터베이스에서 모두 다시 읽기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461"/>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="464"/>
        <source>&amp;Programs</source>
        <translation>사업(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="465"/>
        <source>&amp;Case library</source>
        <translation>사례 라이브러리(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466"/>
        <source>&amp;Tasks due</source>
        <translation>마감 과제(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="467"/>
        <source>Progress lo&amp;g</source>
        <translation>추진현황 기록(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="468"/>
        <source>&amp;Dashboard</source>
        <translation>대시보드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="472"/>
        <source>&amp;About Civic Tracker</source>
        <translation>Civic Tracker 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="501"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="502"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="503"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="504"/>
        <source>&amp;Program</source>
        <translation>사업(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="505"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>&amp;Tasks</source>
        <translation>과제(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522"/>
        <source>&amp;Indicators</source>
        <translation>지표(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="528"/>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="572"/>
        <source>My tasks</source>
        <translation>내 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="609"/>
        <location filename="../../app/ui/main_window.py" line="617"/>
        <source>New program</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="609"/>
        <source>Title of the new program:</source>
        <translation>새 사업의 제목:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="621"/>
        <source>Created %1</source>
        <translation>%1을(를) 만들었습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="628"/>
        <location filename="../../app/ui/main_window.py" line="637"/>
        <source>Start from this case</source>
        <translation>이 사례로 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="628"/>
        <source>Select a case in the Case library first.</source>
        <translation>먼저 사례 라이브러리에서 사례를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="659"/>
        <location filename="../../app/ui/main_window.py" line="665"/>
        <source>Delete program</source>
        <translation>사업 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="660"/>
        <source>Move the program %1 with its tasks, progress and indicators to the trash?</source>
        <translation>사업 %1을(를) 과제, 추진현황 기록, 지표와 함께 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="669"/>
        <source>%1 moved to the trash (Ctrl+Z brings it back)</source>
        <translation>%1을(를) 휴지통으로 옮겼습니다 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="676"/>
        <source>About Civic Tracker</source>
        <translation>Civic Tracker 정보</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="677"/>
        <source>Civic Tracker %1
Track civic programs, their tasks, progress and indicators.</source>
        <translation>Civic Tracker %1
시민 사업의 과제, 추진현황, 지표를 관리합니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="694"/>
        <source>%1 own programs · %2 cases</source>
        <translation>자체 사업 %1개 · 사례 %2개</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="700"/>
        <source>Could not read from the database: %1</source>
        <translation>데이터베이스를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="45"/>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="45"/>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="45"/>
        <source>Later</source>
        <translation>이후</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Due</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/my_tasks.py" line="73"/>
        <source>Percent</source>
        <translation>진척률</translation>
    </message>
</context>
<context>
    <name>MyTasksView</name>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="30"/>
        <source>Whose tasks</source>
        <translation>누구의 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="41"/>
        <source>&amp;Log progress…</source>
        <translation>추진현황 기록(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="46"/>
        <source>My tasks</source>
        <translation>내 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="51"/>
        <source>Person</source>
        <translation>사람</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="100"/>
        <source>Nobody owns a task yet: type an owner in a program&apos;s task tree.</source>
        <translation>아직 담당자가 있는 과제가 없습니다. 사업의 과제 목록에서 담당자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/my_tasks_view.py" line="102"/>
        <source>No open tasks.</source>
        <translation>진행 중인 과제가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/ui/navigator.py" line="29"/>
        <source>Navigator</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="35"/>
        <source>Saved filters</source>
        <translation>저장된 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="104"/>
        <source>Open %1 with the filter “%2”</source>
        <translation>%1 화면 열기 (필터: “%2”)</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="240"/>
        <source>New organization…</source>
        <translation>새 기관…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="241"/>
        <source>New organization</source>
        <translation>새 기관</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="61"/>
        <source>Not set</source>
        <translation>미정</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="62"/>
        <source>Decade</source>
        <translation>10년 단위</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="63"/>
        <location filename="../../app/ui/widgets.py" line="69"/>
        <source>Year</source>
        <translation>연</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="64"/>
        <source>Year and month</source>
        <translation>연월</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="65"/>
        <location filename="../../app/ui/widgets.py" line="78"/>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="66"/>
        <source>Date precision</source>
        <translation>날짜 정밀도</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="73"/>
        <source>M %1</source>
        <translation>%1월</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="77"/>
        <source>D %1</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="74"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../app/ui/people_actions.py" line="26"/>
        <source>My tasks</source>
        <translation>내 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_actions.py" line="27"/>
        <source>&amp;My tasks</source>
        <translation>내 과제(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_actions.py" line="34"/>
        <source>P&amp;eople…</source>
        <translation>담당자(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_actions.py" line="37"/>
        <source>The office&apos;s people: local names, departments, contact details, their tasks; anonymise on request</source>
        <translation>우리 부서 담당자: 현지 이름, 담당부서, 연락처, 맡은 과제. 요청 시 익명 처리</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="49"/>
        <source>People</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Local name</source>
        <translation>현지 이름</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Department</source>
        <translation>담당부서</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="55"/>
        <source>Open tasks</source>
        <translation>진행 중인 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="65"/>
        <source>No people yet: owners typed in the task tree or read from a workbook appear here.</source>
        <translation>아직 담당자가 없습니다. 과제 트리에 입력하거나 통합 문서에서 읽은 담당자가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="72"/>
        <source>e.g. 김민지 or 李娜</source>
        <translation>예: 김민지, 李娜</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="75"/>
        <source>An organization&apos;s name or key</source>
        <translation>기관 이름 또는 코드</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="78"/>
        <source>Optional: phone or e-mail</source>
        <translation>선택: 전화번호 또는 이메일</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="80"/>
        <source>&amp;Local name:</source>
        <translation>현지 이름(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="81"/>
        <source>&amp;Department:</source>
        <translation>담당부서(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="82"/>
        <source>&amp;Contact:</source>
        <translation>연락처(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="84"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="87"/>
        <source>Show &amp;tasks</source>
        <translation>과제 보기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="90"/>
        <source>&amp;Anonymise…</source>
        <translation>익명 처리(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="93"/>
        <source>Replace this person&apos;s name in tasks, progress and history, on their request (cannot be undone)</source>
        <translation>본인 요청에 따라 과제, 추진현황, 변경 이력에서 이 사람의 이름을 바꿉니다(되돌릴 수 없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="166"/>
        <source>Could not save the person</source>
        <translation>담당자를 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="169"/>
        <source>%1 saved</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="178"/>
        <source>Anonymise %1?</source>
        <translation>%1을(를) 익명 처리할까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="180"/>
        <source>%1&apos;s name is replaced in their tasks, the progress they wrote and the history of both, and their local name and contact details are removed. This cannot be undone.</source>
        <translation>%1의 이름을 맡은 과제, 작성한 추진현황과 그 변경 이력에서 바꾸고, 현지 이름과 연락처를 지웁니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="188"/>
        <source>Could not anonymise the person</source>
        <translation>익명 처리하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="191"/>
        <source>Anonymised: now %1</source>
        <translation>익명 처리됨: 이제 %1</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="203"/>
        <source>&apos;%1&apos; is not in the list</source>
        <translation>&apos;%1&apos;은(는) 목록에 없습니다</translation>
    </message>
</context>
<context>
    <name>PlaceCommands</name>
    <message>
        <location filename="../../app/ui/place_commands.py" line="35"/>
        <source>Add place %1</source>
        <translation>지역 %1 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_commands.py" line="53"/>
        <source>Rename place %1 to %2</source>
        <translation>지역 %1의 이름을 %2(으)로 변경</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_commands.py" line="71"/>
        <source>Local name of %1</source>
        <translation>%1의 현지 이름</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_commands.py" line="93"/>
        <source>Move place %1</source>
        <translation>지역 %1 이동</translation>
    </message>
</context>
<context>
    <name>PlaceTreeModel</name>
    <message>
        <location filename="../../app/ui/models/places.py" line="89"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="89"/>
        <source>Local name</source>
        <translation>현지 이름</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="89"/>
        <source>Level</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="89"/>
        <source>Programs</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="124"/>
        <source>%1
A place of the office (%2): double-click its name or local name to edit it</source>
        <translation>%1
사무실의 지역(%2): 이름이나 현지 이름을 두 번 클릭해 고칩니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/places.py" line="126"/>
        <source>%1
A place of the case library (%2), kept as its sources name it</source>
        <translation>%1
사례 라이브러리의 지역(%2): 출처에 적힌 그대로 보관됩니다</translation>
    </message>
</context>
<context>
    <name>PlacesActions</name>
    <message>
        <location filename="../../app/ui/places_actions.py" line="24"/>
        <source>&amp;Places…</source>
        <translation>지역(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_actions.py" line="26"/>
        <source>The places programs are in: add, rename, move and merge the office&apos;s own</source>
        <translation>사업이 속한 지역: 사무실의 지역을 추가, 이름 변경, 이동, 병합합니다</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="159"/>
        <location filename="../../app/ui/places_dialog.py" line="187"/>
        <location filename="../../app/ui/places_dialog.py" line="298"/>
        <source>Places</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="165"/>
        <source>The places programs are in. Places of the office (in bold) can be renamed (double-click a name or local name), moved and merged; the case library&apos;s places (grey) stay as its sources name them. Every change is saved at once.</source>
        <translation>사업이 속한 지역입니다. 사무실의 지역(굵은 글씨)은 이름을 바꾸고(이름이나 현지 이름을 두 번 클릭), 옮기고, 병합할 수 있습니다. 사례 라이브러리의 지역(회색)은 출처에 적힌 그대로 유지됩니다. 모든 변경은 바로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="194"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="196"/>
        <source>Add a place of the office inside the selected place</source>
        <translation>선택한 지역 안에 사무실의 지역을 추가합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="197"/>
        <source>&amp;Rename</source>
        <translation>이름 변경(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="199"/>
        <source>Edit the selected place&apos;s name in the list (F2)</source>
        <translation>목록에서 선택한 지역의 이름을 고칩니다(F2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="200"/>
        <source>&amp;Local name</source>
        <translation>현지 이름(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="202"/>
        <source>Edit the selected place&apos;s local name in the list</source>
        <translation>목록에서 선택한 지역의 현지 이름을 고칩니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="203"/>
        <source>&amp;Move…</source>
        <translation>이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="205"/>
        <source>Put the selected place inside another place</source>
        <translation>선택한 지역을 다른 지역 안으로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="206"/>
        <source>Mer&amp;ge into…</source>
        <translation>병합(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="209"/>
        <source>Move everything in the selected place to another place, then delete it (cannot be undone)</source>
        <translation>선택한 지역의 모든 것을 다른 지역으로 옮기고 이 지역을 삭제합니다(되돌릴 수 없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="211"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="213"/>
        <source>Re&amp;do</source>
        <translation>다시 실행(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="215"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="305"/>
        <source>Saved: %1</source>
        <translation>저장함: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="365"/>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="366"/>
        <source>Put %1 inside (empty: at the top):</source>
        <translation>%1을(를) 넣을 지역(비우면 맨 위):</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="390"/>
        <source>Merge %1</source>
        <translation>%1 병합</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="391"/>
        <source>Merge %1 into:
its programs, organizations and places move there, then %1 is deleted.</source>
        <translation>%1을(를) 병합할 지역:
사업, 기관, 지역이 그곳으로 옮겨지고 %1은(는) 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="406"/>
        <source>Merge %1 into %2?

Every program, organization and place in %1 moves to %2, and %1 is deleted. A merge cannot be undone.</source>
        <translation>%1을(를) %2에 병합할까요?

%1의 모든 사업, 기관, 지역이 %2(으)로 옮겨지고 %1은(는) 삭제됩니다. 병합은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="410"/>
        <source>Merge places</source>
        <translation>지역 병합</translation>
    </message>
    <message>
        <location filename="../../app/ui/places_dialog.py" line="419"/>
        <source>Merged %1 into %2: %3 programs, %4 organizations and %5 places moved.</source>
        <translation>%1을(를) %2에 병합했습니다: 사업 %3개, 기관 %4개, 지역 %5개를 옮겼습니다.</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <location filename="../../app/ui/preferences_actions.py" line="24"/>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_actions.py" line="30"/>
        <source>Your name in History, the language, dates, the export folder and backups</source>
        <translation>변경 이력에 남길 이름, 언어, 날짜 표시, 내보내기 폴더, 백업</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="45"/>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="55"/>
        <source>How your changes are signed in History. Empty: your login name.</source>
        <translation>변경 이력에 내 변경을 남길 이름입니다. 비워 두면 로그인 이름을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="60"/>
        <source>As the system (%1)</source>
        <translation>시스템 설정대로(%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="78"/>
        <location filename="../../app/ui/preferences_dialog.py" line="87"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="89"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="100"/>
        <source>daily</source>
        <translation>일일</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="102"/>
        <source>weekly</source>
        <translation>주간</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="106"/>
        <source>Backups before an import or upgrade are kept for a week, and backups taken by hand until you delete them.</source>
        <translation>가져오기나 업그레이드 전 백업은 일주일 동안, 직접 만든 백업은 지울 때까지 보관합니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="117"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="119"/>
        <source>At start and once a day, a reminder names your tasks overdue and due within these days.</source>
        <translation>시작할 때와 하루에 한 번, 마감이 지났거나 이 기간 안에 마감인 내 과제를 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="123"/>
        <source>Your &amp;name in History:</source>
        <translation>변경 이력의 이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="124"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="126"/>
        <source>&amp;Dates:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="127"/>
        <source>&amp;Export to:</source>
        <translation>내보낼 폴더(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="128"/>
        <source>Second backup folder:</source>
        <translation>두 번째 백업 폴더:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="130"/>
        <source>Backups to &amp;keep:</source>
        <translation>보관할 백업(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="132"/>
        <source>&amp;Remind me of tasks due within:</source>
        <translation>과제 마감 알림 기간(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="166"/>
        <source>ISO: %1</source>
        <translation>ISO: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="167"/>
        <source>As the language writes them: %1</source>
        <translation>언어의 표기대로: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="172"/>
        <source>Civic Tracker speaks %1 from its next start.</source>
        <translation>다음에 Civic Tracker를 시작하면 %1(으)로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="177"/>
        <source>Folder for exported workbooks</source>
        <translation>내보낸 통합 문서를 둘 폴더</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences_dialog.py" line="197"/>
        <source>Second backup folder (another disk or a network share)</source>
        <translation>두 번째 백업 폴더(다른 디스크나 네트워크 공유 폴더)</translation>
    </message>
</context>
<context>
    <name>ProgramDetailView</name>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="155"/>
        <source>← Back</source>
        <translation>← 뒤로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="156"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>목록으로 돌아가기 (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="170"/>
        <source>Start from this case</source>
        <translation>이 사례로 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="172"/>
        <location filename="../../app/ui/views/program_detail.py" line="702"/>
        <source>Log progress…</source>
        <translation>추진현황 기록…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="173"/>
        <source>Log progress (Ctrl+L)</source>
        <translation>추진현황 기록 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="197"/>
        <source>Tasks</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="199"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="200"/>
        <source>Progress log</source>
        <translation>추진현황 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="201"/>
        <location filename="../../app/ui/views/program_detail.py" line="758"/>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="202"/>
        <location filename="../../app/ui/views/program_detail.py" line="983"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="282"/>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="283"/>
        <source>&amp;Local title</source>
        <translation>현지어 제목(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="284"/>
        <source>&amp;Key</source>
        <translation>코드(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="292"/>
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="303"/>
        <source>St&amp;art</source>
        <translation>시작(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="313"/>
        <source>&amp;End</source>
        <translation>종료(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="324"/>
        <source>&amp;Place</source>
        <translation>지역(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="336"/>
        <source>Lead &amp;organization</source>
        <translation>담당부서(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="352"/>
        <source>Se&amp;ctor</source>
        <translation>부문(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="361"/>
        <source>comma-separated, e.g. mobility, environment</source>
        <translation>쉼표로 구분, 예: 교통, 환경</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="370"/>
        <source>T&amp;hemes</source>
        <translation>주제(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="375"/>
        <source>S&amp;ummary</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="376"/>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="384"/>
        <source>Partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="385"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="386"/>
        <source>Add a partner organization (new names are created)</source>
        <translation>협력 기관 추가 (새 이름은 새로 만듭니다)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="387"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="409"/>
        <source>Pa&amp;rtners</source>
        <translation>협력 기관(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="419"/>
        <location filename="../../app/ui/views/program_detail.py" line="422"/>
        <source>Add partner</source>
        <translation>협력 기관 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="419"/>
        <source>Name of the partner organization:</source>
        <translation>협력 기관 이름:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="422"/>
        <source>Its role (optional):</source>
        <translation>역할 (선택):</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="429"/>
        <source>%1 is already a partner</source>
        <translation>%1은(는) 이미 협력 기관입니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="443"/>
        <source>New organization</source>
        <translation>새 기관</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="443"/>
        <source>Name of the organization:</source>
        <translation>기관 이름:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="494"/>
        <source>Program key</source>
        <translation>사업 코드</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="557"/>
        <source>Add action plan</source>
        <translation>실천계획 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="557"/>
        <source>A top-level task</source>
        <translation>최상위 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="559"/>
        <source>Add unit task</source>
        <translation>단위과제 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="560"/>
        <source>A task under the selected action plan</source>
        <translation>선택한 실천계획 아래의 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="564"/>
        <source>Move the selected task to the trash</source>
        <translation>선택한 과제를 휴지통으로 옮기기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="567"/>
        <source>Indent</source>
        <translation>들여쓰기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="568"/>
        <source>Outdent</source>
        <translation>내어쓰기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="624"/>
        <source>Select the action plan the unit task belongs to</source>
        <translation>단위과제가 속할 실천계획을 고르세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="631"/>
        <source>New task</source>
        <translation>새 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="631"/>
        <source>Task title:</source>
        <translation>과제 제목:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="635"/>
        <source>A task needs a title</source>
        <translation>과제에는 제목이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="986"/>
        <source>No sources recorded for this program.</source>
        <translation>이 사업에 기록된 출처가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1007"/>
        <source>Where each fact comes from</source>
        <translation>각 항목의 출처</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1215"/>
        <source>not stated in the sources</source>
        <translation>출처에 나와 있지 않음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1216"/>
        <source>The sources of this case do not state it, so the library leaves it empty.</source>
        <translation>이 사례의 출처에 나와 있지 않아 라이브러리는 비워 둡니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1218"/>
        <source>editorial: added by the library, not stated in the sources</source>
        <translation>편집 항목: 라이브러리가 덧붙인 것으로 출처에는 나와 있지 않음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1219"/>
        <source>The library added this so the case can be found and filed; the sources do not state it.</source>
        <translation>사례를 찾고 분류할 수 있도록 라이브러리가 덧붙였습니다. 출처에는 나와 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1097"/>
        <location filename="../../app/ui/views/program_detail.py" line="1221"/>
        <source>as of %1</source>
        <translation>%1년 기준</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1222"/>
        <source>The year of the source that states the status</source>
        <translation>상태를 밝힌 출처의 연도</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="564"/>
        <location filename="../../app/ui/views/program_detail.py" line="647"/>
        <source>Delete task</source>
        <translation>과제 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="565"/>
        <source>▲ Up</source>
        <translation>▲ 위로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="565"/>
        <source>Move the task up</source>
        <translation>과제를 위로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="566"/>
        <source>▼ Down</source>
        <translation>▼ 아래로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="566"/>
        <source>Move the task down</source>
        <translation>과제를 아래로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="567"/>
        <source>Make it a unit task of the task above</source>
        <translation>위 과제의 단위과제로 만들기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="568"/>
        <source>Lift it one level</source>
        <translation>한 단계 위로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="648"/>
        <source>Move “%1” and its unit tasks to the trash?</source>
        <translation>“%1”과(와) 단위과제를 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="679"/>
        <source>There is no task above to become its action plan</source>
        <translation>실천계획이 될 위 과제가 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="700"/>
        <source>No progress logged yet. Use Log progress (Ctrl+L).</source>
        <translation>아직 추진현황 기록이 없습니다. 추진현황 기록(Ctrl+L)을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="710"/>
        <source>Delete entry</source>
        <translation>기록 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="711"/>
        <source>Move the selected entry to the trash</source>
        <translation>선택한 기록을 휴지통으로 옮기기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="740"/>
        <source>Delete progress entry</source>
        <translation>추진현황 기록 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="740"/>
        <source>Move “%1” to the trash?</source>
        <translation>“%1”을(를) 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1182"/>
        <source>No indicators yet. Use Add indicator… to define what this program measures.</source>
        <translation>아직 지표가 없습니다. 지표 추가…로 이 사업에서 무엇을 측정할지 정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="765"/>
        <source>Add indicator…</source>
        <translation>지표 추가…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="704"/>
        <source>Edit entry…</source>
        <translation>기록 편집…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="705"/>
        <source>Change the selected entry&apos;s date, title, note, task or percent</source>
        <translation>선택한 기록의 날짜, 제목, 메모, 과제 또는 진척률을 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="767"/>
        <source>Edit indicator…</source>
        <translation>지표 편집…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="768"/>
        <location filename="../../app/ui/views/program_detail.py" line="919"/>
        <source>Delete indicator</source>
        <translation>지표 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="774"/>
        <source>Define a new indicator for this program</source>
        <translation>이 사업의 새 지표 정의</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="777"/>
        <source>Change the selected indicator&apos;s name, unit, baseline or target (Enter or double-click)</source>
        <translation>선택한 지표의 이름, 단위, 기준값, 목표 바꾸기 (Enter 또는 더블클릭)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="782"/>
        <source>Move the selected indicator and its values to the trash</source>
        <translation>선택한 지표를 값과 함께 휴지통으로 옮기기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="813"/>
        <source>Indicator values</source>
        <translation>지표 값</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="822"/>
        <source>Add value…</source>
        <translation>값 추가…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="824"/>
        <source>Delete value</source>
        <translation>값 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="912"/>
        <source>Move the indicator “%1” to the trash?</source>
        <translation>지표 “%1”을(를) 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="914"/>
        <source>Move the indicator “%1” and its one recorded value to the trash?</source>
        <translation>지표 “%1”을(를) 기록된 값 1개와 함께 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="916"/>
        <source>Move the indicator “%1” and its %2 recorded values to the trash?</source>
        <translation>지표 “%1”을(를) 기록된 값 %2개와 함께 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="918"/>
        <source>Undo (Ctrl+Z) or the Trash brings it back with its values.</source>
        <translation>실행 취소(Ctrl+Z)나 휴지통에서 값과 함께 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="925"/>
        <source>“%1” moved to the trash (Ctrl+Z brings it back)</source>
        <translation>“%1”을(를) 휴지통으로 옮겼습니다 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="943"/>
        <source>“%1”: value %2 for %3 saved</source>
        <translation>“%1”: %3 값 %2을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="955"/>
        <source>“%1”: value %2 for %3 deleted (Ctrl+Z brings it back)</source>
        <translation>“%1”: %3 값 %2을(를) 삭제했습니다 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="996"/>
        <source>Task: %1</source>
        <translation>과제: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="999"/>
        <source>Progress %1: %2</source>
        <translation>추진현황 %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1003"/>
        <source>Indicator: %1</source>
        <translation>지표: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1023"/>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1025"/>
        <source>Status: the year it holds for</source>
        <translation>상태: 기준 연도</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1062"/>
        <source>This program is no longer there (deleted or renamed).</source>
        <translation>이 사업은 더 이상 없습니다 (삭제되었거나 코드가 바뀜).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1066"/>
        <source>%1 is no longer there</source>
        <translation>%1이(가) 더 이상 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1084"/>
        <source>%1 is the library&apos;s local title, not stated in the sources</source>
        <translation>%1은(는) 라이브러리가 붙인 현지어 제목으로, 출처에는 나와 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1088"/>
        <source>no place</source>
        <translation>지역 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1096"/>
        <source>status not stated in the sources</source>
        <translation>출처에 상태가 나와 있지 않음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1102"/>
        <source>%1% complete</source>
        <translation>%1% 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1091"/>
        <location filename="../../app/ui/views/program_detail.py" line="1105"/>
        <source>percent not stated in the sources</source>
        <translation>출처에 진척률이 나와 있지 않음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1107"/>
        <source>no percent yet</source>
        <translation>진척률 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1110"/>
        <source>No tasks: set by progress entries</source>
        <translation>과제 없음: 추진현황 기록으로 정해집니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1150"/>
        <source>The sources state no tasks for this case.</source>
        <translation>출처에 이 사례의 과제가 나와 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1152"/>
        <source>No tasks yet. Use Add action plan (Ctrl+T) to break the program into tasks.</source>
        <translation>아직 과제가 없습니다. 실천계획 추가(Ctrl+T)로 사업을 과제로 나누세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1180"/>
        <source>The sources state no indicators for this case.</source>
        <translation>출처에 이 사례의 지표가 나와 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1188"/>
        <source>A case from the library, kept as its sources state it. Use “Start from this case” to make a program of your own from it. Hover over a field name marked ⓘ to see where the fact comes from.</source>
        <translation>출처에 적힌 그대로 보관하는 라이브러리 사례입니다. “이 사례로 시작”으로 자체 사업을 만드세요. ⓘ 표시된 항목 이름 위에 마우스를 올리면 출처가 보입니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="1195"/>
        <source>started from %1</source>
        <translation>%1에서 시작</translation>
    </message>
</context>
<context>
    <name>ProgramHistoryDialog</name>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="39"/>
        <source>History of %1</source>
        <translation>%1 변경 이력</translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <location filename="../../app/ui/models/programs.py" line="57"/>
        <source>Key</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="58"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="59"/>
        <source>Place</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="60"/>
        <source>Lead organization</source>
        <translation>담당부서</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="61"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="62"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="63"/>
        <source>Complete</source>
        <translation>진척률</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="64"/>
        <source>Last progress</source>
        <translation>최근 추진현황</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="102"/>
        <source>Search title, summary, place, organization… (Ctrl+F)</source>
        <translation>제목, 요약, 지역, 기관 검색… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="104"/>
        <source>Search programs</source>
        <translation>사업 검색</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="106"/>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="107"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="111"/>
        <source>Place filter</source>
        <translation>지역 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="113"/>
        <source>Theme filter</source>
        <translation>주제 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="115"/>
        <source>Country filter</source>
        <translation>국가 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="117"/>
        <source>Own programs or case library</source>
        <translation>자체 사업 또는 사례 라이브러리</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="118"/>
        <source>Own programs</source>
        <translation>자체 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="119"/>
        <location filename="../../app/ui/views/programs_view.py" line="160"/>
        <source>Case library</source>
        <translation>사례 라이브러리</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="120"/>
        <source>Both</source>
        <translation>모두</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="145"/>
        <source>Start from this case</source>
        <translation>이 사례로 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="146"/>
        <source>Copy the case&apos;s tasks and indicators into a new program of your own</source>
        <translation>사례의 과제와 지표를 새 자체 사업으로 복사</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="149"/>
        <source>New program</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="160"/>
        <source>Programs</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="232"/>
        <source>All places</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="233"/>
        <source>All themes</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="234"/>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="324"/>
        <source>Matching programs: %1</source>
        <translation>검색된 사업: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="335"/>
        <source>No program matches the search and filters.</source>
        <translation>검색어와 필터에 맞는 사업이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProgressLogView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="130"/>
        <source>Own programs</source>
        <translation>자체 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="131"/>
        <source>Including the case library</source>
        <translation>사례 라이브러리 포함</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="132"/>
        <source>Which programs</source>
        <translation>대상 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="138"/>
        <source>Progress log</source>
        <translation>추진현황 기록</translation>
    </message>
</context>
<context>
    <name>ProgressTimelineModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="237"/>
        <source>Task: %1</source>
        <translation>과제: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="240"/>
        <source>Progress</source>
        <translation>추진현황</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="248"/>
        <source>Attached: %1</source>
        <translation>첨부: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/ui/reminder_actions.py" line="95"/>
        <source>Your tasks: %1 overdue, %2 due within %3 days.</source>
        <translation>내 과제: 마감 지남 %1건, %3일 안에 마감 %2건.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminder_actions.py" line="103"/>
        <source>and %1 more</source>
        <translation>외 %1건</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminder_actions.py" line="107"/>
        <source>Civic Tracker: tasks due</source>
        <translation>Civic Tracker: 마감 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminder_actions.py" line="113"/>
        <source>Open My tasks</source>
        <translation>내 과제 열기</translation>
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
        <translation>보고서 인쇄(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="41"/>
        <source>Print the open program&apos;s report, or a meeting brief of the office&apos;s open programs</source>
        <translation>열린 사업의 보고서, 또는 진행 중인 우리 사업들의 회의 자료를 인쇄합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="44"/>
        <source>Export report as P&amp;DF…</source>
        <translation>보고서를 PDF로 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="46"/>
        <source>Save the report the Print report command prints as a PDF file</source>
        <translation>보고서 인쇄로 인쇄되는 보고서를 PDF 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="84"/>
        <source>Export report as PDF</source>
        <translation>보고서를 PDF로 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="89"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/report_actions.py" line="106"/>
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1을(를) 저장했습니다(%n쪽)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/report_actions.py" line="125"/>
        <location filename="../../app/ui/report_actions.py" line="133"/>
        <source>Print report</source>
        <translation>보고서 인쇄</translation>
    </message>
</context>
<context>
    <name>SavedFilterActions</name>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="42"/>
        <source>Saved &amp;filters</source>
        <translation>저장된 필터(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="46"/>
        <source>&amp;Save current filter…</source>
        <translation>현재 필터 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="47"/>
        <location filename="../../app/ui/saved_filter_actions.py" line="145"/>
        <source>Keep the search and filters of this view under a name</source>
        <translation>이 화면의 검색어와 필터를 이름을 붙여 저장합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="67"/>
        <source>Save current filter</source>
        <translation>현재 필터 저장</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="68"/>
        <source>Name of this filter:</source>
        <translation>필터 이름:</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="73"/>
        <location filename="../../app/ui/saved_filter_actions.py" line="104"/>
        <source>Replace the saved filter “%1”?</source>
        <translation>저장된 필터 “%1”을(를) 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="78"/>
        <source>Filter “%1” saved</source>
        <translation>필터 “%1” 저장됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="92"/>
        <source>Filter “%1” applied</source>
        <translation>필터 “%1” 적용됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="95"/>
        <source>Rename saved filter</source>
        <translation>저장된 필터 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="96"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="111"/>
        <source>Delete saved filter</source>
        <translation>저장된 필터 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="111"/>
        <source>Delete the saved filter “%1”?</source>
        <translation>저장된 필터 “%1”을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="131"/>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="132"/>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="133"/>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="139"/>
        <location filename="../../app/ui/saved_filter_actions.py" line="155"/>
        <source>Saved filters</source>
        <translation>저장된 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="140"/>
        <source>Apply a saved filter (View &gt; Saved filters to rename or delete one)</source>
        <translation>저장된 필터 적용 (이름 바꾸기나 삭제는 보기 &gt; 저장된 필터)</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_filter_actions.py" line="144"/>
        <source>Save filter…</source>
        <translation>필터 저장…</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../../app/ui/texts.py" line="71"/>
        <source>Not set</source>
        <translation>미정</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="73"/>
        <source>Public</source>
        <translation>공공</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="74"/>
        <source>Private</source>
        <translation>민간</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="75"/>
        <source>Service / civil society</source>
        <translation>서비스 / 시민사회</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <location filename="../../app/ui/server_actions.py" line="59"/>
        <source>Server password</source>
        <translation>서버 비밀번호</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="60"/>
        <source>Password for %1:</source>
        <translation>%1의 비밀번호:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="140"/>
        <source>another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="142"/>
        <source>Updated with changes saved by %1</source>
        <translation>%1님이 저장한 변경 사항으로 갱신했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="264"/>
        <source>Civic Tracker will open %1 the next time it starts. Close and reopen it to switch now.</source>
        <translation>다음에 시작할 때 Civic Tracker가 %1을(를) 엽니다. 지금 바꾸려면 닫았다가 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="267"/>
        <location filename="../../app/ui/server_actions.py" line="270"/>
        <source>Connection saved</source>
        <translation>연결을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="271"/>
        <source>Civic Tracker will open the local file the next time it starts. Close and reopen it to switch now.</source>
        <translation>다음에 시작할 때 Civic Tracker가 로컬 파일을 엽니다. 지금 바꾸려면 닫았다가 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="282"/>
        <source>Connect to &amp;server...</source>
        <translation>서버에 연결(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="285"/>
        <source>Use the office&apos;s shared database on a PostgreSQL server</source>
        <translation>PostgreSQL 서버에 있는 사무실 공용 데이터베이스를 사용합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="296"/>
        <source>Read-only: %1</source>
        <translation>읽기 전용: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="63"/>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="63"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="63"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>StaleProgramModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="154"/>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="154"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="154"/>
        <source>Last progress</source>
        <translation>최근 추진현황</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="157"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>StartChoices</name>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="44"/>
        <source>No programs of your own yet. Start one of these ways:</source>
        <translation>아직 우리 사업이 없습니다. 다음 중 한 가지로 시작하세요:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="48"/>
        <source>Import workbook…</source>
        <translation>통합 문서 가져오기…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="49"/>
        <source>Bring in the programs, tasks and progress your office already keeps in a spreadsheet</source>
        <translation>사무실에서 이미 스프레드시트로 관리하는 사업, 과제, 추진현황을 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="53"/>
        <source>Start from a case</source>
        <translation>사례에서 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="54"/>
        <source>Pick a case in the Case library and copy its tasks and indicators into a program of yours</source>
        <translation>사례 라이브러리에서 사례를 골라 그 과제와 지표를 우리 사업으로 복사합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="58"/>
        <source>New program…</source>
        <translation>새 사업…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="58"/>
        <source>Create a blank program and fill it in as you go (Ctrl+N)</source>
        <translation>빈 사업을 만들고 진행하며 채워 나갑니다 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="84"/>
        <source>Choose a case, then “Start from this case” (Ctrl+Shift+N)</source>
        <translation>사례를 고른 뒤 “이 사례로 시작”을 누르세요 (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>StartFromCaseDialog</name>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="38"/>
        <source>Start from this case</source>
        <translation>이 사례로 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="43"/>
        <source>A program of your own, based on the case “%1”.</source>
        <translation>사례 “%1”을(를) 바탕으로 한 자체 사업입니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="46"/>
        <source>Its %1 tasks become your work to do (Planned, with no dates, percents or progress).</source>
        <translation>사례의 과제 %1개는 할 일이 됩니다(계획 상태, 날짜·진척률·추진현황 없음).</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="51"/>
        <source>The case lists no tasks: you add your own.</source>
        <translation>이 사례에는 과제가 없습니다. 과제를 직접 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="54"/>
        <source>Its %1 indicators are defined without values.</source>
        <translation>지표 %1개는 값 없이 정의만 복사됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="57"/>
        <source>Title, place, lead organization and start date are yours: the case&apos;s are only a starting point.</source>
        <translation>제목, 지역, 담당부서, 시작일은 직접 정하세요. 사례의 값은 출발점일 뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="65"/>
        <source>(not set)</source>
        <translation>(미정)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="78"/>
        <source>your department; a new name is added as an organization</source>
        <translation>담당부서. 새 이름은 기관으로 추가됩니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="99"/>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="100"/>
        <source>&amp;Place</source>
        <translation>지역(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="101"/>
        <source>&amp;Lead organization</source>
        <translation>담당부서(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="102"/>
        <source>&amp;Start date</source>
        <translation>시작일(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="120"/>
        <source>Place: %1</source>
        <translation>지역: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="121"/>
        <source>Lead: %1</source>
        <translation>담당부서: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="122"/>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="124"/>
        <source>The case: %1</source>
        <translation>사례: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="130"/>
        <source>Give your program a title</source>
        <translation>사업 제목을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_case_dialog.py" line="159"/>
        <source>Started %1 from the case %2</source>
        <translation>사례 %2에서 %1을(를) 시작했습니다</translation>
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
        <translation>문제가 생겼습니다: %1
자세한 내용은 로그 파일 %2에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="201"/>
        <source>Upgraded the database; a backup was written first: %1</source>
        <translation>데이터베이스를 업그레이드했습니다. 먼저 백업했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/texts.py" line="33"/>
        <source>No status</source>
        <translation>상태 없음</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="36"/>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="37"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="38"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="39"/>
        <source>Due</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="40"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="41"/>
        <source>Complete</source>
        <translation>진척률</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="42"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="135"/>
        <source>Weighted average of its unit tasks</source>
        <translation>단위과제의 가중 평균</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="166"/>
        <source>No percent recorded; not counted in the program&apos;s percent</source>
        <translation>기록된 진척률 없음: 사업 진척률에 반영되지 않습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="167"/>
        <source>No percent recorded; the program&apos;s percent counts it as %1% while it is %2</source>
        <translation>기록된 진척률 없음: 상태가 ‘%2’인 동안 사업 진척률에는 %1%로 계산됩니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="198"/>
        <source>A task needs a title</source>
        <translation>과제에는 제목이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="209"/>
        <source>Percent complete must be between 0 and 100</source>
        <translation>진척률은 0에서 100 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="213"/>
        <source>Weight cannot be negative</source>
        <translation>가중치는 음수일 수 없습니다</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="76"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="77"/>
        <location filename="../../app/ui/views/overview_views.py" line="86"/>
        <source>Due within</source>
        <translation>마감 기한</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="84"/>
        <source>Tasks due and overdue</source>
        <translation>마감 임박 및 기한 지난 과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="99"/>
        <source>%1 overdue, %2 due soon</source>
        <translation>기한 지남 %1건, 곧 마감 %2건</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="102"/>
        <source>Timeline of the program&apos;s tasks</source>
        <translation>사업 과제의 타임라인</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="334"/>
        <location filename="../../app/ui/views/timeline.py" line="519"/>
        <source>no dates</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="397"/>
        <location filename="../../app/ui/views/timeline.py" line="524"/>
        <source>overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="420"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="426"/>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="433"/>
        <source>Q%1 %2</source>
        <translation>%2년 %1분기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="527"/>
        <source>Drag the bar or its ends to change the dates</source>
        <translation>막대나 그 끝을 끌어 날짜를 바꾸세요</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="582"/>
        <source>Months</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="582"/>
        <source>Quarters</source>
        <translation>분기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="582"/>
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="584"/>
        <source>How much time the timeline shows at once</source>
        <translation>타임라인에 한 번에 보이는 기간</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="586"/>
        <source>&amp;Zoom:</source>
        <translation>보기 단위(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="588"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="589"/>
        <source>Scroll to today&apos;s line</source>
        <translation>오늘 선으로 이동</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="596"/>
        <source>No tasks yet: add action plans and unit tasks on the Tasks tab.</source>
        <translation>아직 과제가 없습니다. 과제 탭에서 실천계획과 단위과제를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="639"/>
        <source>Drag a bar or its ends to change the dates; ←/→ move the selected task a week, Shift+←/→ its due date. Faint: a date known only to the month or year.</source>
        <translation>막대나 그 끝을 끌어 날짜를 바꿉니다. ←/→는 선택한 과제를 한 주 옮기고, Shift+←/→는 마감을 옮깁니다. 흐린 표시: 월이나 연도까지만 알려진 날짜.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/timeline.py" line="643"/>
        <source>Read only. Faint: a date known only to the month or year.</source>
        <translation>읽기 전용. 흐린 표시: 월이나 연도까지만 알려진 날짜.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="38"/>
        <source>What</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="39"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="40"/>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="41"/>
        <source>Deleted with it</source>
        <translation>함께 삭제된 항목</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="42"/>
        <source>Deleted on</source>
        <translation>삭제 일시</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="65"/>
        <source>Its program is in the trash too; restore the program to see it again</source>
        <translation>이 항목이 속한 사업도 휴지통에 있습니다. 다시 보려면 사업을 복원하세요</translation>
    </message>
</context>
<context>
    <name>TrashPanel</name>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="111"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="113"/>
        <source>Empty Trash…</source>
        <translation>휴지통 비우기…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="141"/>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="144"/>
        <source>The trash is empty</source>
        <translation>휴지통이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="146"/>
        <source>1 item in the trash</source>
        <translation>휴지통에 항목 1개</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="148"/>
        <source>%1 items in the trash</source>
        <translation>휴지통에 항목 %1개</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="166"/>
        <source>Could not restore</source>
        <translation>복원할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="176"/>
        <source>Delete everything in the trash (%1 items) for good? This cannot be undone here; a backup is taken first and kept for a week (File &gt; Backups).</source>
        <translation>휴지통의 모든 항목(%1개)을 영구 삭제할까요? 여기서는 되돌릴 수 없습니다. 먼저 백업을 만들어 일주일간 보관합니다(파일 &gt; 백업).</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="179"/>
        <source>Empty Trash</source>
        <translation>휴지통 비우기</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_panel.py" line="184"/>
        <source>Could not empty the trash</source>
        <translation>휴지통을 비울 수 없습니다</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="87"/>
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="88"/>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="97"/>
        <source>&amp;Backups…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="100"/>
        <source>See the backups of this database, back up now, or restore one</source>
        <translation>이 데이터베이스의 백업을 보고, 지금 백업하거나 백업을 복원하기</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="106"/>
        <source>&amp;History of This Program</source>
        <translation>이 사업의 변경 이력(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="111"/>
        <source>&amp;Trash</source>
        <translation>휴지통(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="115"/>
        <source>H&amp;istory</source>
        <translation>변경 이력(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="123"/>
        <source>This database is read-only (file permissions or a read-only share). You can look, search and export, but changes cannot be saved.</source>
        <translation>이 데이터베이스는 읽기 전용입니다(파일 권한 또는 읽기 전용 공유). 보기, 검색, 내보내기는 할 수 있지만 변경 내용은 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="164"/>
        <source>The daily backup could not be written: %1</source>
        <translation>일일 백업을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="187"/>
        <location filename="../../app/ui/trust_actions.py" line="239"/>
        <source>Backup restored</source>
        <translation>백업 복원 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="211"/>
        <location filename="../../app/ui/trust_actions.py" line="215"/>
        <location filename="../../app/ui/trust_actions.py" line="224"/>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="218"/>
        <source>%1

Restore the newest backup, taken %2? The damaged file is kept beside it, unchanged.</source>
        <translation>%1

%2에 만든 최신 백업을 복원할까요? 손상된 파일은 바꾸지 않고 그 옆에 보관합니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="229"/>
        <source>Restore failed</source>
        <translation>복원 실패</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="235"/>
        <source>The damaged file was kept as</source>
        <translation>손상된 파일은 다음 이름으로 보관했습니다:</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_actions.py" line="240"/>
        <source>The newest backup was restored.</source>
        <translation>최신 백업을 복원했습니다.</translation>
    </message>
</context>
</TS>
