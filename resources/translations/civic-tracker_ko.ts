<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="253" />
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="101" />
        <source>Edit %1 of %2</source>
        <translation>%2의 %1 편집</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="127" />
        <source>Start from case %1</source>
        <translation>사례 %1로 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="129" />
        <source>New program</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="155" />
        <source>Delete program %1</source>
        <translation>사업 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="174" />
        <source>Edit task %1</source>
        <translation>과업 %1 편집</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="194" />
        <source>Add task %1</source>
        <translation>과업 %1 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="214" />
        <source>Delete task %1</source>
        <translation>과업 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="233" />
        <source>Move task %1</source>
        <translation>과업 %1 이동</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="261" />
        <source>Log progress on %1</source>
        <translation>%1 진행 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="294" />
        <source>Set %1 for %2</source>
        <translation>%2의 %1 설정</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="323" />
        <source>Delete %1 of %2</source>
        <translation>%2의 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="343" />
        <source>Delete progress entry %1</source>
        <translation>진행 기록 %1 삭제</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/ui/server_actions.py" line="165" />
        <source>Connect to server</source>
        <translation>서버에 연결</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="170" />
        <source>e.g. db.district.local</source>
        <translation>예: db.district.local</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="178" />
        <source>only to test; from ~/.pgpass when empty</source>
        <translation>연결 시험용; 비워 두면 ~/.pgpass에서</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="179" />
        <source>Remember the password in the system keyring</source>
        <translation>시스템 키링에 비밀번호 기억</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="183" />
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="184" />
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="185" />
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="186" />
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="187" />
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="195" />
        <source>The password is never saved in the settings. Put it in ~/.pgpass (or %APPDATA%\postgresql\pgpass.conf on Windows), or you will be asked at start.</source>
        <translation>비밀번호는 설정에 저장되지 않습니다. ~/.pgpass(Windows에서는 %APPDATA%\postgresql\pgpass.conf)에 넣어 두거나, 시작할 때 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="201" />
        <source>&amp;Test connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="206" />
        <source>Use the &amp;local file</source>
        <translation>로컬 파일 사용(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_actions.py" line="237" />
        <source>The server wants a password: type it above, or put it in ~/.pgpass.</source>
        <translation>서버에 비밀번호가 필요합니다: 위에 입력하거나 ~/.pgpass에 넣으세요.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="181" />
        <source>Program for the chart</source>
        <translation>차트 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="185" />
        <source>Indicator for the chart</source>
        <translation>차트 지표</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="209" />
        <source>Overdue tasks</source>
        <translation>기한 지난 과업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="210" />
        <source>No progress in the last 30 days</source>
        <translation>최근 30일간 진행 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="213" />
        <source>Latest progress</source>
        <translation>최근 진행 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="214" />
        <source>Indicator chart</source>
        <translation>지표 차트</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="218" />
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="256" />
        <source>Overdue tasks (%1)</source>
        <translation>기한 지난 과업 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="258" />
        <source>No progress in the last 30 days (%1)</source>
        <translation>최근 30일간 진행 없음 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="264" />
        <source> (case)</source>
        <translation> (사례)</translation>
    </message>
</context>
<context>
    <name>DueTaskModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91" />
        <source>Due</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91" />
        <source>Task</source>
        <translation>과업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91" />
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91" />
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="91" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="113" />
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="113" />
        <source>Due soon</source>
        <translation>곧 마감</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="46" />
        <source>Choose an indicator to see its chart</source>
        <translation>차트를 볼 지표를 고르세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="57" />
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="66" />
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="80" />
        <source>%1: no values recorded yet</source>
        <translation>%1: 아직 기록된 값이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="89" />
        <source>Target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="99" />
        <source>Target date</source>
        <translation>목표 시점</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="172" />
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="173" />
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="174" />
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="175" />
        <source>Latest</source>
        <translation>최신값</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="176" />
        <source>Target</source>
        <translation>목표</translation>
    </message>
</context>
<context>
    <name>IndicatorValueDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="192" />
        <source>Value of %1</source>
        <translation>%1 값</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="198" />
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="199" />
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="200" />
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="209" />
        <source>&amp;Period</source>
        <translation>기간(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="210" />
        <source>&amp;Value</source>
        <translation>값(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="211" />
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="212" />
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="221" />
        <source>Choose the period the value is for</source>
        <translation>값의 기간을 고르세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="226" />
        <source>'%1' is not a number</source>
        <translation>'%1'은(는) 숫자가 아닙니다</translation>
    </message>
</context>
<context>
    <name>IndicatorValueModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="197" />
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="197" />
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="197" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="197" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200" />
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200" />
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="200" />
        <source>Plan</source>
        <translation>계획</translation>
    </message>
</context>
<context>
    <name>LogEntryModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="121" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="122" />
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="123" />
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="124" />
        <source>Complete</source>
        <translation>완료율</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="125" />
        <source>By</source>
        <translation>작성자</translation>
    </message>
</context>
<context>
    <name>LogProgressDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="44" />
        <source>Log progress</source>
        <translation>진행 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="48" />
        <source>Type part of the program's title, key or place</source>
        <translation>사업 제목, 코드, 지역의 일부를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="57" />
        <source>e.g. Residents' meeting held; 40 people came</source>
        <translation>예: 주민 회의 개최, 40명 참석</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="62" />
        <source>leave empty to keep it</source>
        <translation>비워 두면 그대로</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="64" />
        <source>(unchanged)</source>
        <translation>(변경 없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="78" />
        <source>&amp;Program</source>
        <translation>사업(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="81" />
        <source>T&amp;ask</source>
        <translation>과업(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="82" />
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="83" />
        <source>&amp;What happened</source>
        <translation>한 일(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="84" />
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="85" />
        <source>New &amp;percent</source>
        <translation>새 완료율(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="86" />
        <source>New &amp;status</source>
        <translation>새 상태(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="134" />
        <source>(the whole program)</source>
        <translation>(사업 전체)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="144" />
        <source>Choose the program first: type part of its title above</source>
        <translation>먼저 사업을 고르세요: 위에 제목 일부를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="148" />
        <source>Say what happened</source>
        <translation>있었던 일을 적어 주세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155" />
        <source>'%1' is not a number</source>
        <translation>'%1'은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="178" />
        <source>Progress logged on %1</source>
        <translation>%1에 진행을 기록했습니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>Civic Tracker</source>
        <translation>Civic Tracker</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>Navigator</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103" />
        <source>Programs</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>Case library</source>
        <translation>사례 라이브러리</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105" />
        <source>Tasks due</source>
        <translation>마감 과업</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106" />
        <source>Progress log</source>
        <translation>진행 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107" />
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129" />
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251" />
        <source>Could not undo or redo: %1</source>
        <translation>실행 취소/다시 실행을 할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="273" />
        <source>&amp;New program…</source>
        <translation>새 사업(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276" />
        <source>Create a blank program</source>
        <translation>빈 사업 만들기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280" />
        <source>&amp;Start from this case</source>
        <translation>이 사례로 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283" />
        <source>A new program with the selected case's structure</source>
        <translation>선택한 사례의 구조로 새 사업 만들기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287" />
        <source>&amp;Log progress…</source>
        <translation>진행 기록(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290" />
        <source>Record what happened on a program</source>
        <translation>사업에서 있었던 일 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294" />
        <source>&amp;Open program</source>
        <translation>사업 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294" />
        <source>Open the selected program</source>
        <translation>선택한 사업 열기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297" />
        <source>&amp;Delete program…</source>
        <translation>사업 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300" />
        <source>Move the program to the trash</source>
        <translation>사업을 휴지통으로 옮기기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="303" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="306" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310" />
        <source>&amp;Find programs</source>
        <translation>사업 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313" />
        <source>Search programs as you type</source>
        <translation>입력하는 대로 사업 검색</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316" />
        <source>&amp;Reload</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319" />
        <source>Read everything again from the database</source>
        <translation>데이터베이스에서 모두 다시 읽기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321" />
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324" />
        <source>&amp;Programs</source>
        <translation>사업(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325" />
        <source>&amp;Case library</source>
        <translation>사례 라이브러리(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326" />
        <source>&amp;Tasks due</source>
        <translation>마감 과업(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327" />
        <source>Progress lo&amp;g</source>
        <translation>진행 기록(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="328" />
        <source>&amp;Dashboard</source>
        <translation>대시보드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="332" />
        <source>&amp;About Civic Tracker</source>
        <translation>Civic Tracker 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="338" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="340" />
        <source>&amp;Program</source>
        <translation>사업(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341" />
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356" />
        <source>&amp;Tasks</source>
        <translation>과업(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363" />
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="405" />
        <location filename="../../app/ui/main_window.py" line="411" />
        <source>New program</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="405" />
        <source>Title of the new program:</source>
        <translation>새 사업의 제목:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="415" />
        <source>Created %1</source>
        <translation>%1을(를) 만들었습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="422" />
        <location filename="../../app/ui/main_window.py" line="427" />
        <source>Start from this case</source>
        <translation>이 사례로 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="422" />
        <source>Select a case in the Case library first.</source>
        <translation>먼저 사례 라이브러리에서 사례를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="431" />
        <source>Started %1 from the case %2</source>
        <translation>사례 %2에서 %1을(를) 시작했습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451" />
        <location filename="../../app/ui/main_window.py" line="457" />
        <source>Delete program</source>
        <translation>사업 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452" />
        <source>Move the program %1 with its tasks, progress and indicators to the trash?</source>
        <translation>사업 %1을(를) 과업, 진행 기록, 지표와 함께 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461" />
        <source>%1 moved to the trash (Ctrl+Z brings it back)</source>
        <translation>%1을(를) 휴지통으로 옮겼습니다 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="467" />
        <source>About Civic Tracker</source>
        <translation>Civic Tracker 정보</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="468" />
        <source>Civic Tracker %1
Track civic programs, their tasks, progress and indicators.</source>
        <translation>Civic Tracker %1
시민 사업의 과업, 진행, 지표를 관리합니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="483" />
        <source>%1 own programs · %2 cases</source>
        <translation>자체 사업 %1개 · 사례 %2개</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="489" />
        <source>Could not read from the database: %1</source>
        <translation>데이터베이스를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="216" />
        <source>New organization…</source>
        <translation>새 기관…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="217" />
        <source>New organization</source>
        <translation>새 기관</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="42" />
        <source>Not set</source>
        <translation>미정</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="43" />
        <source>Decade</source>
        <translation>10년 단위</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="44" />
        <location filename="../../app/ui/widgets.py" line="50" />
        <source>Year</source>
        <translation>연</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="45" />
        <source>Year and month</source>
        <translation>연월</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="46" />
        <location filename="../../app/ui/widgets.py" line="58" />
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="47" />
        <source>Date precision</source>
        <translation>날짜 정밀도</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="53" />
        <source>M </source>
        <translation>월 </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="54" />
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="57" />
        <source>D </source>
        <translation>일 </translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="181" />
        <source>'%1' is not in the list</source>
        <translation>'%1'은(는) 목록에 없습니다</translation>
    </message>
</context>
<context>
    <name>ProgramDetailView</name>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="134" />
        <source>← Back</source>
        <translation>← 뒤로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="135" />
        <source>Back to the list (Alt+Left)</source>
        <translation>목록으로 돌아가기 (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="149" />
        <source>Start from this case</source>
        <translation>이 사례로 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="151" />
        <location filename="../../app/ui/views/program_detail.py" line="663" />
        <source>Log progress…</source>
        <translation>진행 기록…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="152" />
        <source>Log progress (Ctrl+L)</source>
        <translation>진행 기록 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="176" />
        <source>Tasks</source>
        <translation>과업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="177" />
        <source>Progress log</source>
        <translation>진행 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="178" />
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="179" />
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="251" />
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="252" />
        <source>&amp;Local title</source>
        <translation>현지어 제목(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="253" />
        <source>&amp;Key</source>
        <translation>코드(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="261" />
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="272" />
        <source>St&amp;art</source>
        <translation>시작(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="282" />
        <source>&amp;End</source>
        <translation>종료(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="293" />
        <source>&amp;Place</source>
        <translation>지역(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="305" />
        <source>Lead &amp;organization</source>
        <translation>주관 기관(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="321" />
        <source>Se&amp;ctor</source>
        <translation>부문(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="330" />
        <source>comma-separated, e.g. mobility, environment</source>
        <translation>쉼표로 구분, 예: 교통, 환경</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="337" />
        <source>T&amp;hemes</source>
        <translation>주제(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="347" />
        <source>S&amp;ummary</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="348" />
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="356" />
        <source>Partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="357" />
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="358" />
        <source>Add a partner organization (new names are created)</source>
        <translation>협력 기관 추가 (새 이름은 새로 만듭니다)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="359" />
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="381" />
        <source>Pa&amp;rtners</source>
        <translation>협력 기관(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="391" />
        <location filename="../../app/ui/views/program_detail.py" line="394" />
        <source>Add partner</source>
        <translation>협력 기관 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="391" />
        <source>Name of the partner organization:</source>
        <translation>협력 기관 이름:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="394" />
        <source>Its role (optional):</source>
        <translation>역할 (선택):</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="401" />
        <source>%1 is already a partner</source>
        <translation>%1은(는) 이미 협력 기관입니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="415" />
        <source>New organization</source>
        <translation>새 기관</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="415" />
        <source>Name of the organization:</source>
        <translation>기관 이름:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="466" />
        <source>Program key</source>
        <translation>사업 코드</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="519" />
        <source>Add action plan</source>
        <translation>실천계획 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="519" />
        <source>A top-level task</source>
        <translation>최상위 과업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="521" />
        <source>Add unit task</source>
        <translation>단위과제 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="522" />
        <source>A task under the selected action plan</source>
        <translation>선택한 실천계획 아래의 과업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="526" />
        <source>Move the selected task to the trash</source>
        <translation>선택한 과업을 휴지통으로 옮기기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="529" />
        <source>Indent</source>
        <translation>들여쓰기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="530" />
        <source>Outdent</source>
        <translation>내어쓰기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="585" />
        <source>Select the action plan the unit task belongs to</source>
        <translation>단위과제가 속할 실천계획을 고르세요</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="592" />
        <source>New task</source>
        <translation>새 과업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="592" />
        <source>Task title:</source>
        <translation>과업 제목:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="596" />
        <source>A task needs a title</source>
        <translation>과업에는 제목이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="526" />
        <location filename="../../app/ui/views/program_detail.py" line="608" />
        <source>Delete task</source>
        <translation>과업 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="527" />
        <source>▲ Up</source>
        <translation>▲ 위로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="527" />
        <source>Move the task up</source>
        <translation>과업을 위로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="528" />
        <source>▼ Down</source>
        <translation>▼ 아래로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="528" />
        <source>Move the task down</source>
        <translation>과업을 아래로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="529" />
        <source>Make it a unit task of the task above</source>
        <translation>위 과업의 단위과제로 만들기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="530" />
        <source>Lift it one level</source>
        <translation>한 단계 위로</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="609" />
        <source>Move “%1” and its unit tasks to the trash?</source>
        <translation>“%1”과(와) 단위과제를 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="640" />
        <source>There is no task above to become its action plan</source>
        <translation>실천계획이 될 위 과업이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="661" />
        <source>No progress logged yet. Use Log progress (Ctrl+L).</source>
        <translation>아직 진행 기록이 없습니다. 진행 기록(Ctrl+L)을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="665" />
        <source>Delete entry</source>
        <translation>기록 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="666" />
        <source>Move the selected entry to the trash</source>
        <translation>선택한 기록을 휴지통으로 옮기기</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="684" />
        <source>Delete progress entry</source>
        <translation>진행 기록 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="684" />
        <source>Move “%1” to the trash?</source>
        <translation>“%1”을(를) 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="708" />
        <source>Add value…</source>
        <translation>값 추가…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="710" />
        <source>Delete value</source>
        <translation>값 삭제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="795" />
        <source>Task: %1</source>
        <translation>과업: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="798" />
        <source>Progress %1: %2</source>
        <translation>진행 %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="802" />
        <source>Indicator: %1</source>
        <translation>지표: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="821" />
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="852" />
        <source>This program is no longer there (deleted or renamed).</source>
        <translation>이 사업은 더 이상 없습니다 (삭제되었거나 코드가 바뀜).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="856" />
        <source>%1 is no longer there</source>
        <translation>%1이(가) 더 이상 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="868" />
        <source>no place</source>
        <translation>지역 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="881" />
        <source>%1% complete</source>
        <translation>%1% 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="881" />
        <source>no percent yet</source>
        <translation>완료율 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="884" />
        <source>No tasks: set by progress entries</source>
        <translation>과업 없음: 진행 기록으로 정해집니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="925" />
        <source>A case from the library, kept as its sources state it. Use “Start from this case” to make a program of your own from it. Hover over a field name marked ⓘ to see where the fact comes from.</source>
        <translation>출처에 적힌 그대로 보관하는 라이브러리 사례입니다. “이 사례로 시작”으로 자체 사업을 만드세요. ⓘ 표시된 항목 이름 위에 마우스를 올리면 출처가 보입니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/program_detail.py" line="932" />
        <source>started from %1</source>
        <translation>%1에서 시작</translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <location filename="../../app/ui/models/programs.py" line="46" />
        <source>Key</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="47" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="48" />
        <source>Place</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="49" />
        <source>Lead organization</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="50" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="51" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="52" />
        <source>Complete</source>
        <translation>완료율</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/programs.py" line="53" />
        <source>Last progress</source>
        <translation>최근 진행</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="48" />
        <source>Search title, summary, place, organization… (Ctrl+F)</source>
        <translation>제목, 요약, 지역, 기관 검색… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="50" />
        <source>Search programs</source>
        <translation>사업 검색</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="52" />
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="53" />
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="57" />
        <source>Place filter</source>
        <translation>지역 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="59" />
        <source>Theme filter</source>
        <translation>주제 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="61" />
        <source>Country filter</source>
        <translation>국가 필터</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="63" />
        <source>Own programs or case library</source>
        <translation>자체 사업 또는 사례 라이브러리</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="64" />
        <source>Own programs</source>
        <translation>자체 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="65" />
        <location filename="../../app/ui/views/programs_view.py" line="103" />
        <source>Case library</source>
        <translation>사례 라이브러리</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="66" />
        <source>Both</source>
        <translation>모두</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="90" />
        <source>Start from this case</source>
        <translation>이 사례로 시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="91" />
        <source>Copy the case's tasks and indicators into a new program of your own</source>
        <translation>사례의 과업과 지표를 새 자체 사업으로 복사</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="94" />
        <source>New program</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="103" />
        <source>Programs</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="171" />
        <source>All places</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="177" />
        <source>All themes</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="180" />
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="212" />
        <source>Matching programs: %1</source>
        <translation>검색된 사업: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="223" />
        <source>No programs of your own yet. Create one with New program (Ctrl+N), or open the Case library and use “Start from this case”.</source>
        <translation>아직 자체 사업이 없습니다. 새 사업(Ctrl+N)으로 만들거나 사례 라이브러리에서 “이 사례로 시작”을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/programs_view.py" line="229" />
        <source>No program matches the search and filters.</source>
        <translation>검색어와 필터에 맞는 사업이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProgressLogView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="121" />
        <source>Own programs</source>
        <translation>자체 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="122" />
        <source>Including the case library</source>
        <translation>사례 라이브러리 포함</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="123" />
        <source>Which programs</source>
        <translation>대상 사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="129" />
        <source>Progress log</source>
        <translation>진행 기록</translation>
    </message>
</context>
<context>
    <name>ProgressTimelineModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="213" />
        <source>Progress</source>
        <translation>진행</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../../app/ui/texts.py" line="27" />
        <source>Not set</source>
        <translation>미정</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="29" />
        <source>Public</source>
        <translation>공공</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="30" />
        <source>Private</source>
        <translation>민간</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="31" />
        <source>Service / civil society</source>
        <translation>서비스 / 시민사회</translation>
    </message>
</context>
<context>
    <name>StaleProgramModel</name>
    <message>
        <location filename="../../app/ui/models/lists.py" line="149" />
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="149" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="149" />
        <source>Last progress</source>
        <translation>최근 진행</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/lists.py" line="152" />
        <source>never</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/main.py" line="109" />
        <location filename="../../app/ui/main.py" line="112" />
        <location filename="../../app/ui/main.py" line="137" />
        <source>Civic Tracker</source>
        <translation>Civic Tracker</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="113" />
        <source>Something went wrong: %1
The details are in the log file %2.</source>
        <translation>문제가 생겼습니다: %1
자세한 내용은 로그 파일 %2에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="143" />
        <source>This database is read-only: you can look but not change anything.</source>
        <translation>읽기 전용 데이터베이스입니다: 볼 수만 있고 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="148" />
        <source>Upgraded the database; a backup was written first: %1</source>
        <translation>데이터베이스를 업그레이드했습니다. 먼저 백업했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/texts.py" line="14" />
        <source>No status</source>
        <translation>상태 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="16" />
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="17" />
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="18" />
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="19" />
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="20" />
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="36" />
        <source>Task</source>
        <translation>과업</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="37" />
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="38" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="39" />
        <source>Due</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="40" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="41" />
        <source>Complete</source>
        <translation>완료율</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="42" />
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="131" />
        <source>Weighted average of its unit tasks</source>
        <translation>단위과제의 가중 평균</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="180" />
        <source>A task needs a title</source>
        <translation>과업에는 제목이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="191" />
        <source>Percent complete must be between 0 and 100</source>
        <translation>완료율은 0에서 100 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tasks.py" line="195" />
        <source>Weight cannot be negative</source>
        <translation>가중치는 음수일 수 없습니다</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="77" />
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="78" />
        <location filename="../../app/ui/views/overview_views.py" line="87" />
        <source>Due within</source>
        <translation>마감 기한</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="85" />
        <source>Tasks due and overdue</source>
        <translation>마감 임박 및 기한 지난 과업</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/overview_views.py" line="99" />
        <source>%1 overdue, %2 due soon</source>
        <translation>기한 지남 %1건, 곧 마감 %2건</translation>
    </message>
</context>
</TS>