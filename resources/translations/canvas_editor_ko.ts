<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>About</name>
    <message>
        <source>Qt for Python, the window and the board</source>
        <translation>Qt for Python: 창과 보드</translation>
    </message>
    <message>
        <source>checking the files it opens</source>
        <translation>여는 파일 검사</translation>
    </message>
    <message>
        <source>the PDF export</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <source>where settings, backups and logs go</source>
        <translation>설정, 백업, 로그를 두는 곳</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>설치되지 않음</translation>
    </message>
    <message>
        <source>A desktop Business Model Canvas editor.</source>
        <translation>비즈니스 모델 캔버스를 편집하는 데스크톱 프로그램입니다.</translation>
    </message>
    <message>
        <source>{attribution} ({url}). The attribution stays on every printed or exported canvas.</source>
        <translation>{attribution} ({url}). 이 저작자 표시는 인쇄하거나 내보낸 모든 캔버스에 남습니다.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>사용한 라이브러리:</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used unmodified, as shared libraries, under the GNU LGPL v3 (https://www.qt.io/licensing/): you may replace them with your own build.</source>
        <translation>Qt와 PySide6는 수정하지 않은 공유 라이브러리로 GNU LGPL v3(https://www.qt.io/licensing/)에 따라 사용하며, 직접 빌드한 것으로 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>The bundled NanumGothic fonts are © NAVER Corporation, licensed under the SIL Open Font License 1.1 (Show Details for the full text).</source>
        <translation>함께 제공되는 나눔고딕 글꼴은 © NAVER Corporation이며 SIL Open Font License 1.1에 따라 사용합니다(전문은 &apos;자세히 보기&apos;).</translation>
    </message>
    <message>
        <source>canvas-editor itself is MIT-licensed.</source>
        <translation>canvas-editor 자체는 MIT 라이선스입니다.</translation>
    </message>
    <message>
        <source>About Canvas Editor</source>
        <translation>Canvas Editor 정보</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>자동 저장 실패: {reason}</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Tags: {tags}</source>
        <translation>태그: {tags}</translation>
    </message>
    <message>
        <source>{note}: it shows once the facilitator reveals the notes</source>
        <translation>{note}: 진행자가 노트를 공개하면 보입니다</translation>
    </message>
    <message>
        <source>Double-click to edit the title, names, date and iteration</source>
        <translation>두 번 클릭하면 제목, 이름, 날짜, 반복 차수를 편집합니다</translation>
    </message>
    <message>
        <source>That note is face down: its words show once the notes are revealed</source>
        <translation>뒤집힌 노트입니다. 노트를 공개하면 내용이 보입니다</translation>
    </message>
</context>
<context>
    <name>Brainstorm</name>
    <message>
        <source>Every block</source>
        <translation>모든 블록</translation>
    </message>
    <message>
        <source>No note is face down.</source>
        <translation>뒤집힌 노트가 없습니다.</translation>
    </message>
    <message>
        <source>1 note is face down.</source>
        <translation>노트 1개가 뒤집혀 있습니다.</translation>
    </message>
    <message>
        <source>{count} notes are face down.</source>
        <translation>노트 {count}개가 뒤집혀 있습니다.</translation>
    </message>
    <message>
        <source>Silent Brainstorm</source>
        <translation>조용한 브레인스토밍</translation>
    </message>
    <message>
        <source>Notes added while writing face down show as blank cards with their author until revealed.</source>
        <translation>뒤집어 쓰는 동안 추가한 노트는 공개할 때까지 작성자 이름만 있는 빈 카드로 보입니다.</translation>
    </message>
    <message>
        <source>Block the notes go face down in</source>
        <translation>노트를 뒤집어 둘 블록</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>블록(&amp;B):</translation>
    </message>
    <message>
        <source>Author of the next notes</source>
        <translation>다음 노트의 작성자</translation>
    </message>
    <message>
        <source>Who writes next</source>
        <translation>다음에 쓸 사람</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
</context>
<context>
    <name>CanvasDetails</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Designed for</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Designed by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>반복 차수</translation>
    </message>
    <message>
        <source>Canvas details</source>
        <translation>캔버스 정보</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>노트 색</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>&amp;Hide Changes</source>
        <translation>변경 사항 숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>바뀐 점이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>이동함</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>텍스트 변경</translation>
    </message>
    <message>
        <source>recoloured</source>
        <translation>색 변경</translation>
    </message>
    <message>
        <source>segment changed</source>
        <translation>세그먼트 변경</translation>
    </message>
    <message>
        <source>votes changed</source>
        <translation>투표 변경</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <source>Yellow</source>
        <translation>노랑</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>보라</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>연두</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>회색</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation>워크숍 타이머(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Snapshots</source>
        <translation>스냅숏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Workshop Timer</source>
        <translation>워크숍 타이머</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>{step} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>{step} 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>시스템 언어(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>A blank canvas</source>
        <translation>빈 캔버스</translation>
    </message>
    <message>
        <source>New from &amp;Template...</source>
        <translation>템플릿으로 새로 만들기(&amp;T)...</translation>
    </message>
    <message>
        <source>A new canvas from a bundled template</source>
        <translation>함께 제공되는 템플릿으로 새 캔버스를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a canvas file</source>
        <translation>캔버스 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the canvas</source>
        <translation>캔버스를 저장합니다</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>다른 이름으로 저장(&amp;A)...</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>Go back to the version saved on disk</source>
        <translation>디스크에 저장된 버전으로 돌아갑니다</translation>
    </message>
    <message>
        <source>&amp;PDF...</source>
        <translation>PDF(&amp;P)...</translation>
    </message>
    <message>
        <source>A printable PDF: page size, orientation, posters</source>
        <translation>인쇄용 PDF: 용지 크기, 방향, 포스터</translation>
    </message>
    <message>
        <source>&amp;Image...</source>
        <translation>이미지(&amp;I)...</translation>
    </message>
    <message>
        <source>A PNG or SVG picture of the sheet</source>
        <translation>캔버스를 PNG 또는 SVG 그림으로</translation>
    </message>
    <message>
        <source>&amp;Markdown...</source>
        <translation>마크다운(&amp;M)...</translation>
    </message>
    <message>
        <source>A document to read or diff</source>
        <translation>읽거나 비교하기 좋은 문서</translation>
    </message>
    <message>
        <source>&amp;CSV...</source>
        <translation>CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>A table of the notes for spreadsheets</source>
        <translation>스프레드시트용 노트 표</translation>
    </message>
    <message>
        <source>&amp;JSON Canvas...</source>
        <translation>JSON Canvas(&amp;J)...</translation>
    </message>
    <message>
        <source>A board for Obsidian and other canvas apps</source>
        <translation>Obsidian 등 캔버스 앱에서 여는 보드</translation>
    </message>
    <message>
        <source>P&amp;owerPoint...</source>
        <translation>파워포인트(&amp;O)...</translation>
    </message>
    <message>
        <source>An editable slide deck</source>
        <translation>편집할 수 있는 슬라이드</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>A new canvas from a Markdown, CSV, JSON Canvas or text file</source>
        <translation>마크다운, CSV, JSON Canvas 또는 텍스트 파일로 새 캔버스를 만듭니다</translation>
    </message>
    <message>
        <source>S&amp;hare Workshop...</source>
        <translation>워크숍 공유(&amp;H)...</translation>
    </message>
    <message>
        <source>Participants join from their phones and write on this canvas</source>
        <translation>참가자가 휴대폰으로 들어와 이 캔버스에 노트를 씁니다</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>인쇄(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>찾기(&amp;F)...</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>노트 추가(&amp;N)</translation>
    </message>
    <message>
        <source>Canvas &amp;Details...</source>
        <translation>캔버스 정보(&amp;D)...</translation>
    </message>
    <message>
        <source>Title, names, date, iteration and language</source>
        <translation>제목, 이름, 날짜, 반복 차수, 언어</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>The canvas as a tree, also for screen readers</source>
        <translation>캔버스를 트리로 보여 줍니다(화면 낭독기에서도 읽힘)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>다음 영역(&amp;X)</translation>
    </message>
    <message>
        <source>The keyboard to the next pane: the board, the outline, a panel, the find bar</source>
        <translation>키보드를 다음 영역으로 옮깁니다: 보드, 개요, 패널, 찾기 막대</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>이전 영역(&amp;N)</translation>
    </message>
    <message>
        <source>The keyboard to the previous pane</source>
        <translation>키보드를 이전 영역으로 옮깁니다</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot...</source>
        <translation>스냅숏 찍기(&amp;T)...</translation>
    </message>
    <message>
        <source>Keep the board as it is now</source>
        <translation>지금 보드 상태를 보관합니다</translation>
    </message>
    <message>
        <source>&amp;Compare...</source>
        <translation>비교(&amp;C)...</translation>
    </message>
    <message>
        <source>Show what changed between two states</source>
        <translation>두 상태 사이에 바뀐 점을 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Hide Changes</source>
        <translation>변경 사항 숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>Take the changes off the board</source>
        <translation>보드에서 변경 표시를 지웁니다</translation>
    </message>
    <message>
        <source>Snapshots &amp;Panel</source>
        <translation>스냅숏 패널(&amp;P)</translation>
    </message>
    <message>
        <source>Show the snapshots of this canvas</source>
        <translation>이 캔버스의 스냅숏을 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Open Snapshot</source>
        <translation>스냅숏 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Show the chosen snapshot in a window</source>
        <translation>선택한 스냅숏을 창에서 봅니다</translation>
    </message>
    <message>
        <source>&amp;Restore Snapshot</source>
        <translation>스냅숏 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Put its board back (undoable)</source>
        <translation>그 보드로 되돌립니다(실행 취소 가능)</translation>
    </message>
    <message>
        <source>Re&amp;name Snapshot...</source>
        <translation>스냅숏 이름 바꾸기(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot</source>
        <translation>스냅숏 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete it (undoable)</source>
        <translation>삭제합니다(실행 취소 가능)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>발표(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, the notes appearing one at a time</source>
        <translation>전체 화면에서 노트를 하나씩 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Resume Presentation</source>
        <translation>발표 이어 하기(&amp;R)</translation>
    </message>
    <message>
        <source>Present from where you left off</source>
        <translation>멈춘 곳부터 발표합니다</translation>
    </message>
    <message>
        <source>Presentation &amp;Order</source>
        <translation>발표 순서(&amp;O)</translation>
    </message>
    <message>
        <source>The order a presentation reveals the blocks in, stored with the canvas</source>
        <translation>발표에서 블록을 보여 주는 순서(캔버스에 저장됨)</translation>
    </message>
    <message>
        <source>&amp;Zoom to Each Block While Presenting</source>
        <translation>발표 중 블록마다 확대(&amp;Z)</translation>
    </message>
    <message>
        <source>Each block in turn fills the board</source>
        <translation>블록이 차례로 보드를 가득 채웁니다</translation>
    </message>
    <message>
        <source>&amp;Start or Pause the Timer</source>
        <translation>타이머 시작/일시 정지(&amp;S)</translation>
    </message>
    <message>
        <source>Start, pause or resume the countdown</source>
        <translation>카운트다운을 시작, 일시 정지, 재개합니다</translation>
    </message>
    <message>
        <source>Rese&amp;t the Timer</source>
        <translation>타이머 초기화(&amp;T)</translation>
    </message>
    <message>
        <source>Back to the time set, stopped</source>
        <translation>설정한 시간으로 돌아가 멈춥니다</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>&amp;Add One Minute</source>
        <translation>1분 추가(&amp;A)</translation>
    </message>
    <message>
        <source>One more minute on the clock</source>
        <translation>시간을 1분 늘립니다</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1분</translation>
    </message>
    <message>
        <source>&amp;Custom Time...</source>
        <translation>시간 직접 입력(&amp;C)...</translation>
    </message>
    <message>
        <source>Set the timer to any time</source>
        <translation>타이머를 원하는 시간으로 맞춥니다</translation>
    </message>
    <message>
        <source>Sound at &amp;Zero</source>
        <translation>종료 시 소리(&amp;Z)</translation>
    </message>
    <message>
        <source>Beep when the time is up</source>
        <translation>시간이 다 되면 소리를 냅니다</translation>
    </message>
    <message>
        <source>Silent &amp;Brainstorm</source>
        <translation>조용한 브레인스토밍(&amp;B)</translation>
    </message>
    <message>
        <source>Write notes face down, then reveal them together</source>
        <translation>노트를 뒤집어 쓰고 나중에 함께 공개합니다</translation>
    </message>
    <message>
        <source>Write &amp;Face Down</source>
        <translation>뒤집어 쓰기(&amp;F)</translation>
    </message>
    <message>
        <source>New notes go face down until the notes are revealed</source>
        <translation>공개할 때까지 새 노트를 뒤집어 둡니다</translation>
    </message>
    <message>
        <source>Re&amp;veal Notes</source>
        <translation>노트 공개(&amp;V)</translation>
    </message>
    <message>
        <source>Turn the face-down notes face up (undoable)</source>
        <translation>뒤집힌 노트를 모두 공개합니다(실행 취소 가능)</translation>
    </message>
    <message>
        <source>&amp;Voting Mode</source>
        <translation>투표 모드(&amp;V)</translation>
    </message>
    <message>
        <source>A click on a note gives it a dot; a right-click or Alt-click takes one back</source>
        <translation>노트를 클릭하면 점을 하나 주고, 오른쪽 클릭이나 Alt+클릭은 하나를 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;Dot Voting</source>
        <translation>점 투표(&amp;D)</translation>
    </message>
    <message>
        <source>The voter, the budget and the results</source>
        <translation>투표자, 점 개수, 결과</translation>
    </message>
    <message>
        <source>C&amp;lear Votes</source>
        <translation>투표 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Take every dot off every note (undoable)</source>
        <translation>모든 노트의 점을 지웁니다(실행 취소 가능)</translation>
    </message>
    <message>
        <source>Segment &amp;Legend</source>
        <translation>세그먼트 범례(&amp;L)</translation>
    </message>
    <message>
        <source>Each customer segment&apos;s colour, name and notes; click one to focus its notes</source>
        <translation>고객 세그먼트마다 색, 이름, 노트를 보여 줍니다. 하나를 클릭하면 그 노트에 초점을 맞춥니다</translation>
    </message>
    <message>
        <source>&amp;New Segment...</source>
        <translation>새 세그먼트(&amp;N)...</translation>
    </message>
    <message>
        <source>A customer segment with a colour no other has</source>
        <translation>다른 세그먼트가 쓰지 않는 색으로 고객 세그먼트를 만듭니다</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>새로 만들기...</translation>
    </message>
    <message>
        <source>&amp;Rename Segment...</source>
        <translation>세그먼트 이름 바꾸기(&amp;R)...</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>이름 바꾸기...</translation>
    </message>
    <message>
        <source>Segment &amp;Colour...</source>
        <translation>세그먼트 색(&amp;C)...</translation>
    </message>
    <message>
        <source>Its notes take the new colour too</source>
        <translation>세그먼트의 노트도 새 색으로 바뀝니다</translation>
    </message>
    <message>
        <source>Colour...</source>
        <translation>색...</translation>
    </message>
    <message>
        <source>Move Segment &amp;Up</source>
        <translation>세그먼트 위로 옮기기(&amp;U)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move Segment Do&amp;wn</source>
        <translation>세그먼트 아래로 옮기기(&amp;W)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>&amp;Delete Segment</source>
        <translation>세그먼트 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Its notes keep their text and colour</source>
        <translation>노트의 텍스트와 색은 그대로 남습니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>&amp;End Segment Focus</source>
        <translation>세그먼트 초점 끝내기(&amp;E)</translation>
    </message>
    <message>
        <source>Every note as usual</source>
        <translation>모든 노트를 평소대로 보여 줍니다</translation>
    </message>
    <message>
        <source>End Focus</source>
        <translation>초점 끝내기</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Canvas Editor</source>
        <translation>Canvas Editor 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>The board now</source>
        <translation>지금 보드</translation>
    </message>
    <message>
        <source>Another file...</source>
        <translation>다른 파일...</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>Show what changed from one state of the board to another.</source>
        <translation>보드의 한 상태에서 다른 상태로 무엇이 바뀌었는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>이전(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>이후(&amp;T):</translation>
    </message>
    <message>
        <source>Could Not Open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>Could not open {name}: {reason}</source>
        <translation>{name}을(를) 열 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareOverlay</name>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>추가 {count}개</translation>
    </message>
    <message>
        <source>Removed (where it was)</source>
        <translation>삭제됨(원래 있던 자리)</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>삭제 {count}개</translation>
    </message>
    <message>
        <source>Moved to another block</source>
        <translation>다른 블록으로 이동함</translation>
    </message>
    <message>
        <source>{count} moved to another block</source>
        <translation>다른 블록으로 이동 {count}개</translation>
    </message>
    <message>
        <source>Text changed</source>
        <translation>텍스트 변경</translation>
    </message>
    <message>
        <source>{count} text changed</source>
        <translation>텍스트 변경 {count}개</translation>
    </message>
    <message>
        <source>Recoloured</source>
        <translation>색 변경</translation>
    </message>
    <message>
        <source>{count} recoloured</source>
        <translation>색 변경 {count}개</translation>
    </message>
    <message>
        <source>Segment changed</source>
        <translation>세그먼트 변경</translation>
    </message>
    <message>
        <source>{count} segment changed</source>
        <translation>세그먼트 변경 {count}개</translation>
    </message>
    <message>
        <source>Votes changed</source>
        <translation>투표 변경</translation>
    </message>
    <message>
        <source>{count} votes changed</source>
        <translation>투표 변경 {count}개</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>cannot import a file without a suffix</source>
        <translation>확장자가 없는 파일은 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>cannot import a {suffix} file</source>
        <translation>{suffix} 파일은 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>{number}번째 줄</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>{what} {name!r} names no block (did you mean {close!r}?)</source>
        <translation>{what} {name!r}에 해당하는 블록이 없습니다 ({close!r}을(를) 뜻하셨나요?)</translation>
    </message>
    <message>
        <source>{what} {name!r} names no block</source>
        <translation>{what} {name!r}에 해당하는 블록이 없습니다</translation>
    </message>
    <message>
        <source>{place}: a note outside every block</source>
        <translation>{place}: 어느 블록에도 속하지 않은 노트입니다</translation>
    </message>
    <message>
        <source>{place}: a second segment named {name!r} ({first} has the first); notes name their segment, so names must differ</source>
        <translation>{place}: 이름이 {name!r}인 세그먼트가 또 있습니다 (첫 번째는 {first}). 노트는 세그먼트를 이름으로 가리키므로 이름이 서로 달라야 합니다</translation>
    </message>
    <message>
        <source>{place}: more than {limit:,} notes, the most a canvas holds</source>
        <translation>{place}: 노트가 캔버스 하나에 담을 수 있는 최대 개수인 {limit:,}개를 넘습니다</translation>
    </message>
    <message>
        <source>{place}: no segment named {name!r} in the legend</source>
        <translation>{place}: 범례에 이름이 {name!r}인 세그먼트가 없습니다</translation>
    </message>
    <message>
        <source>{place}: unknown column {name!r} (the columns are: {known})</source>
        <translation>{place}: 알 수 없는 열 {name!r} (사용할 수 있는 열: {known})</translation>
    </message>
    <message>
        <source>{place}: the column {name!r} appears twice</source>
        <translation>{place}: {name!r} 열이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>{place}: no {name!r} column (the columns are: {known})</source>
        <translation>{place}: {name!r} 열이 없습니다 (사용할 수 있는 열: {known})</translation>
    </message>
    <message>
        <source>{place}: block {block!r} and block name {name!r} are different blocks</source>
        <translation>{place}: 블록 {block!r}과(와) 블록 이름 {name!r}이(가) 서로 다른 블록입니다</translation>
    </message>
    <message>
        <source>{place}: {cells} cells, but only {columns} columns</source>
        <translation>{place}: 칸이 {cells}개이지만 열은 {columns}개뿐입니다</translation>
    </message>
    <message>
        <source>{place}: not valid CSV: {reason}</source>
        <translation>{place}: 올바른 CSV가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>{place}.{key}: must be text, got {value}</source>
        <translation>{place}.{key}: 텍스트여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>{place}.{key}: must be a number, got {value}</source>
        <translation>{place}.{key}: 숫자여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>not a JSON Canvas file (no object at the top)</source>
        <translation>JSON Canvas 파일이 아닙니다 (최상위에 객체가 없습니다)</translation>
    </message>
    <message>
        <source>nodes: must be a list</source>
        <translation>nodes: 목록이어야 합니다</translation>
    </message>
    <message>
        <source>{place}: must be an object, got {value}</source>
        <translation>{place}: 객체여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>{place}.type: {value} is not one of {types}</source>
        <translation>{place}.type: {value}은(는) {types} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>{place}: text outside a list item (notes are &apos;- &apos; items under a block heading)</source>
        <translation>{place}: 목록 항목 밖의 텍스트입니다 (노트는 블록 제목 아래의 &apos;- &apos; 항목입니다)</translation>
    </message>
    <message>
        <source>{place}: a second title (only one &apos;# &apos; heading names the canvas)</source>
        <translation>{place}: 두 번째 제목입니다 (캔버스 이름은 &apos;# &apos; 제목 하나로만 정합니다)</translation>
    </message>
    <message>
        <source>{place}: a legend entry is a segment&apos;s name and its colour, like `#81D4FA`</source>
        <translation>{place}: 범례 항목은 세그먼트 이름과 `#81D4FA` 같은 색입니다</translation>
    </message>
    <message>
        <source>a text file&apos;s lines go into one block: name it</source>
        <translation>텍스트 파일의 줄은 한 블록에 들어갑니다: 블록을 지정하세요</translation>
    </message>
    <message>
        <source>a snapshot needs a name</source>
        <translation>스냅샷에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>there is already a snapshot named {name!r}</source>
        <translation>이름이 {name!r}인 스냅샷이 이미 있습니다</translation>
    </message>
    <message>
        <source>a canvas holds at most {limit} snapshots; delete one first</source>
        <translation>캔버스 하나에는 스냅샷을 {limit}개까지 둘 수 있습니다. 먼저 하나를 삭제하세요</translation>
    </message>
    <message>
        <source>{count} snapshots are named {name!r}; name one by its id</source>
        <translation>이름이 {name!r}인 스냅샷이 {count}개 있습니다. ID로 하나를 지정하세요</translation>
    </message>
    <message>
        <source>no snapshot named {name!r} (it has none)</source>
        <translation>이름이 {name!r}인 스냅샷이 없습니다 (스냅샷이 하나도 없습니다)</translation>
    </message>
    <message>
        <source>no snapshot named {name!r} (there are {known})</source>
        <translation>이름이 {name!r}인 스냅샷이 없습니다 (있는 스냅샷: {known})</translation>
    </message>
    <message>
        <source>cannot keep a backup of {name}: {reason}</source>
        <translation>{name}의 백업을 보관할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket)</source>
        <translation>일반 파일이 아닙니다 (파이프, 장치 또는 소켓)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>not a valid file name</source>
        <translation>올바른 파일 이름이 아닙니다</translation>
    </message>
    <message>
        <source>file is too large ({size:.1f} MB; the limit is {limit} MB)</source>
        <translation>파일이 너무 큽니다 ({size:.1f} MB, 한도는 {limit} MB)</translation>
    </message>
    <message>
        <source>not a text file (invalid UTF-8 at byte {byte})</source>
        <translation>텍스트 파일이 아닙니다 ({byte}번째 바이트가 올바른 UTF-8이 아닙니다)</translation>
    </message>
    <message>
        <source>not valid JSON: {name} is not a number JSON allows</source>
        <translation>올바른 JSON이 아닙니다: {name}은(는) JSON이 허용하는 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>올바른 JSON이 아닙니다: {line}번째 줄 {column}번째 칸에서 {reason}</translation>
    </message>
    <message>
        <source>not a canvas: the JSON is nested too deeply</source>
        <translation>캔버스가 아닙니다: JSON이 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>not a canvas: a number in the file has too many digits</source>
        <translation>캔버스가 아닙니다: 파일에 자릿수가 너무 많은 숫자가 있습니다</translation>
    </message>
    <message>
        <source>not a canvas-editor file (no &quot;format&quot;: &quot;bmc&quot; at the top)</source>
        <translation>canvas-editor 파일이 아닙니다 (맨 위에 &quot;format&quot;: &quot;bmc&quot;가 없습니다)</translation>
    </message>
    <message>
        <source>format_version must be a whole number of at least 1</source>
        <translation>format_version은 1 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>written by {generator} in format version {version}; this canvas-editor reads up to version {newest}: please update canvas-editor</source>
        <translation>{generator}(으)로 형식 버전 {version}에 저장되었습니다. 이 canvas-editor는 버전 {newest}까지 읽을 수 있습니다: canvas-editor를 업데이트하세요</translation>
    </message>
    <message>
        <source>written in format version {version}; this canvas-editor reads up to version {newest}: please update canvas-editor</source>
        <translation>형식 버전 {version}으로 저장되었습니다. 이 canvas-editor는 버전 {newest}까지 읽을 수 있습니다: canvas-editor를 업데이트하세요</translation>
    </message>
    <message>
        <source>unknown top-level key {key}</source>
        <translation>알 수 없는 최상위 키 {key}</translation>
    </message>
    <message>
        <source>generator must be a string</source>
        <translation>generator는 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>the file holds no &quot;canvas&quot; object</source>
        <translation>파일에 &quot;canvas&quot; 객체가 없습니다</translation>
    </message>
    <message>
        <source>the canvas is nested too deeply</source>
        <translation>캔버스가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>no migration from format version {version}</source>
        <translation>형식 버전 {version}에서 변환하는 방법이 없습니다</translation>
    </message>
    <message>
        <source>migration {name!r} (version {version} to {next}) failed: {reason}</source>
        <translation>변환 {name!r}(버전 {version}에서 {next}로)에 실패했습니다: {reason}</translation>
    </message>
    <message>
        <source>the recovery file holds no canvas</source>
        <translation>복구 파일에 캔버스가 없습니다</translation>
    </message>
    <message>
        <source>cannot write a recovery file: {reason}</source>
        <translation>복구 파일을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>the canvas would be too large to open again ({size:.1f} MB; a file holds at most {limit} MB)</source>
        <translation>캔버스가 너무 커서 다시 열 수 없게 됩니다 ({size:.1f} MB, 파일 하나는 {limit} MB까지)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot save {name}: {reason}</source>
        <translation>{name}을(를) 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>not a workshop link (http://ADDRESS:PORT/w/ROOM?t=TOKEN)</source>
        <translation>워크숍 링크가 아닙니다 (http://ADDRESS:PORT/w/ROOM?t=TOKEN)</translation>
    </message>
    <message>
        <source>the workshop did not answer</source>
        <translation>워크숍이 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>the workshop closed the connection</source>
        <translation>워크숍이 연결을 닫았습니다</translation>
    </message>
    <message>
        <source>the workshop refused this link</source>
        <translation>워크숍이 이 링크를 거부했습니다</translation>
    </message>
    <message>
        <source>the workshop answered HTTP {status}</source>
        <translation>워크숍이 HTTP {status}(으)로 응답했습니다</translation>
    </message>
    <message>
        <source>cannot reach the workshop: {reason}</source>
        <translation>워크숍에 연결할 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 그림</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>Print the legend of the customer segments (colours, letter tags and names)</source>
        <translation>고객 세그먼트 범례 인쇄(색, 글자 표시, 이름)</translation>
    </message>
    <message>
        <source>Beside the attribution, when the canvas has segments; notes show their segment&apos;s tag</source>
        <translation>캔버스에 세그먼트가 있으면 저작자 표시 옆에 인쇄합니다. 노트에는 세그먼트의 글자 표시가 나타납니다</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <source>Print it over several sheets of</source>
        <translation>여러 장에 나누어 인쇄할 용지:</translation>
    </message>
    <message>
        <source>A poster: each sheet shows part of the page, with marks to join them</source>
        <translation>포스터: 각 장에 페이지의 일부를 인쇄하고 이어 붙일 표시를 넣습니다</translation>
    </message>
    <message>
        <source>Add pages with every note&apos;s full text and description</source>
        <translation>모든 노트의 전체 텍스트와 설명을 담은 페이지 추가</translation>
    </message>
    <message>
        <source>Notes whose text does not fit are numbered and listed in full on extra pages in any case.</source>
        <translation>텍스트가 다 들어가지 않는 노트는 어떤 경우에도 번호를 붙여 추가 페이지에 전체 내용을 싣습니다.</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>용지 크기:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>방향:</translation>
    </message>
    <message>
        <source>Tiling:</source>
        <translation>나누어 인쇄:</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>용지 크기:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>해상도:</translation>
    </message>
    <message>
        <source>A drawing: sharp at any size, text kept as text</source>
        <translation>그림: 어떤 크기에서도 선명하고 텍스트는 텍스트로 남습니다</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} 픽셀</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name}을(를) 내보냈습니다</translation>
    </message>
    <message>
        <source>{name} is written. {warning}.</source>
        <translation>{name}을(를) 저장했습니다. {warning}.</translation>
    </message>
    <message>
        <source>Characters Not Printed</source>
        <translation>인쇄되지 않는 문자</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>마크다운 내보내기</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>마크다운 (*.md)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Export JSON Canvas</source>
        <translation>JSON Canvas 내보내기</translation>
    </message>
    <message>
        <source>JSON Canvas (*.canvas)</source>
        <translation>JSON Canvas (*.canvas)</translation>
    </message>
    <message>
        <source>Export PowerPoint</source>
        <translation>파워포인트 내보내기</translation>
    </message>
    <message>
        <source>PowerPoint deck (*.pptx)</source>
        <translation>파워포인트 슬라이드 (*.pptx)</translation>
    </message>
    <message>
        <source>Files to import (*.md *.markdown *.csv *.canvas *.txt)</source>
        <translation>가져올 수 있는 파일 (*.md *.markdown *.csv *.canvas *.txt)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>마크다운 (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Text, a note per line (*.txt)</source>
        <translation>텍스트, 한 줄에 노트 하나 (*.txt)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>Could not import {name}: {reason}</source>
        <translation>{name}을(를) 가져올 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>only {suffixes} files can be imported</source>
        <translation>{suffixes} 파일만 가져올 수 있습니다</translation>
    </message>
    <message>
        <source>Each line of {name} becomes a note in:</source>
        <translation>{name}의 각 줄이 노트가 될 블록:</translation>
    </message>
    <message>
        <source>{reason}.
Put the notes that name no block in:</source>
        <translation>{reason}.
블록이 정해지지 않은 노트를 넣을 블록:</translation>
    </message>
    <message>
        <source>Imported {count} notes from {name}</source>
        <translation>{name}에서 노트 {count}개를 가져왔습니다</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Business Model Canvas (*.bmc)</source>
        <translation>비즈니스 모델 캔버스 (*.bmc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open Canvas</source>
        <translation>캔버스 열기</translation>
    </message>
    <message>
        <source>Save Canvas As</source>
        <translation>다른 이름으로 캔버스 저장</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Do you want to save the changes you made to “{name}”?</source>
        <translation>“{name}”의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>저장하지 않으면 변경 사항이 사라집니다.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Revert “{name}” to the version saved on disk?</source>
        <translation>“{name}”을(를) 디스크에 저장된 버전으로 되돌리시겠습니까?</translation>
    </message>
    <message>
        <source>Your unsaved changes will be lost.</source>
        <translation>저장하지 않은 변경 사항이 사라집니다.</translation>
    </message>
    <message>
        <source>Create Canvas</source>
        <translation>캔버스 만들기</translation>
    </message>
    <message>
        <source>“{name}” does not exist yet. Create a new canvas there?</source>
        <translation>“{name}”이(가) 아직 없습니다. 그 자리에 새 캔버스를 만드시겠습니까?</translation>
    </message>
    <message>
        <source>It is saved in {folder}.</source>
        <translation>{folder}에 저장됩니다.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version (saving it will replace the one on disk)? Either way, the version you do not keep is kept as a backup.</source>
        <translation>다시 불러와 저장하지 않은 변경 사항을 버리시겠습니까, 아니면 내 버전을 유지하시겠습니까(저장하면 디스크의 파일을 덮어씁니다)? 어느 쪽이든 남기지 않은 버전은 백업으로 보관됩니다.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>디스크의 파일이 바뀜</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program.</source>
        <translation>다른 프로그램이 “{name}”을(를) 바꾸었습니다.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>내 버전 유지</translation>
    </message>
    <message>
        <source>Kept your version of {name}; Save replaces the one on disk</source>
        <translation>{name}의 내 버전을 유지했습니다. 저장하면 디스크의 파일을 덮어씁니다</translation>
    </message>
    <message>
        <source>{name} was changed by another program and cannot be read now.</source>
        <translation>다른 프로그램이 {name}을(를) 바꾸어 지금은 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{reason} Your version stays open; saving it will replace the file.</source>
        <translation>{reason} 내 버전은 열린 채로 있으며, 저장하면 파일을 덮어씁니다.</translation>
    </message>
    <message>
        <source>Reloaded {name}: it was changed by another program</source>
        <translation>{name}을(를) 다시 불러왔습니다: 다른 프로그램이 바꾸었습니다</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Copy the selected notes</source>
        <translation>선택한 노트 복사</translation>
    </message>
    <message>
        <source>Cut the selected notes</source>
        <translation>선택한 노트 잘라내기</translation>
    </message>
    <message>
        <source>Paste notes, or text as new notes</source>
        <translation>노트 붙여넣기(텍스트는 새 노트로)</translation>
    </message>
    <message>
        <source>Select every note</source>
        <translation>모든 노트 선택</translation>
    </message>
    <message>
        <source>Duplicate the selected notes</source>
        <translation>선택한 노트 복제</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Fit the sheet to the window</source>
        <translation>캔버스를 창에 맞추기</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>선택한 노트 삭제</translation>
    </message>
    <message>
        <source>Add a note (in the chosen block, or the one under the mouse) and type in it</source>
        <translation>노트를 추가하고(선택한 블록 또는 마우스 아래 블록에) 바로 입력</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>선택한 노트 편집</translation>
    </message>
    <message>
        <source>Choose the block where N adds notes</source>
        <translation>N 키로 노트를 추가할 블록 선택</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>1~9</translation>
    </message>
    <message>
        <source>Go to the next note in reading order</source>
        <translation>읽는 순서에서 다음 노트로 이동</translation>
    </message>
    <message>
        <source>Right, Down</source>
        <translation>오른쪽 화살표, 아래쪽 화살표</translation>
    </message>
    <message>
        <source>Go to the previous note in reading order</source>
        <translation>읽는 순서에서 이전 노트로 이동</translation>
    </message>
    <message>
        <source>Left, Up</source>
        <translation>왼쪽 화살표, 위쪽 화살표</translation>
    </message>
    <message>
        <source>Nudge the selected notes</source>
        <translation>선택한 노트 조금씩 옮기기</translation>
    </message>
    <message>
        <source>Ctrl+Arrow keys</source>
        <translation>Ctrl+화살표 키</translation>
    </message>
    <message>
        <source>Shift+Arrow keys, Ctrl+Shift+Arrow keys</source>
        <translation>Shift+화살표 키, Ctrl+Shift+화살표 키</translation>
    </message>
    <message>
        <source>Open the menu of the selected notes, or of the chosen block</source>
        <translation>선택한 노트나 고른 블록의 메뉴 열기</translation>
    </message>
    <message>
        <source>Shift+F10, Menu</source>
        <translation>Shift+F10, 메뉴 키</translation>
    </message>
    <message>
        <source>Nudge the selected notes five times as far</source>
        <translation>선택한 노트를 다섯 배 더 멀리 옮기기</translation>
    </message>
    <message>
        <source>Clear the selection, the chosen block and a segment&apos;s focus; leave voting mode</source>
        <translation>선택, 고른 블록, 세그먼트 초점을 해제하고 투표 모드를 끝냅니다</translation>
    </message>
    <message>
        <source>Hold and drag to move around the board</source>
        <translation>누른 채 끌어 보드 둘러보기</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Voting mode: a click on a note gives it a dot, a right-click or Alt-click takes one back</source>
        <translation>투표 모드: 노트를 클릭하면 점을 하나 주고, 오른쪽 클릭이나 Alt+클릭은 하나를 되돌립니다</translation>
    </message>
    <message>
        <source>Give the current note one of your dots</source>
        <translation>현재 노트에 내 점 하나 주기</translation>
    </message>
    <message>
        <source>Take one of your dots back from the current note</source>
        <translation>현재 노트에서 내 점 하나 되돌리기</translation>
    </message>
    <message>
        <source>Finish editing the note</source>
        <translation>노트 편집 마치기</translation>
    </message>
    <message>
        <source>Edit the next note of the block</source>
        <translation>블록의 다음 노트 편집</translation>
    </message>
    <message>
        <source>Edit the previous note of the block</source>
        <translation>블록의 이전 노트 편집</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>일반 텍스트로 붙여넣기</translation>
    </message>
    <message>
        <source>Edit the text of the current note</source>
        <translation>현재 노트의 텍스트 편집</translation>
    </message>
    <message>
        <source>Edit the current note, or fold or unfold the current block</source>
        <translation>현재 노트를 편집하거나 현재 블록 접기/펼치기</translation>
    </message>
    <message>
        <source>Add a note to the current block and type in it</source>
        <translation>현재 블록에 노트를 추가하고 바로 입력</translation>
    </message>
    <message>
        <source>Open the menu of the current row</source>
        <translation>현재 행의 메뉴 열기</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation>텍스트 저장</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>새 줄 시작</translation>
    </message>
    <message>
        <source>Cancel, leaving the text as it was</source>
        <translation>취소(텍스트는 그대로)</translation>
    </message>
    <message>
        <source>Reveal the next note</source>
        <translation>다음 노트 보이기</translation>
    </message>
    <message>
        <source>Hide the last note revealed</source>
        <translation>마지막으로 보인 노트 숨기기</translation>
    </message>
    <message>
        <source>Back to the start (no note revealed)</source>
        <translation>처음으로(보이는 노트 없음)</translation>
    </message>
    <message>
        <source>Reveal every note</source>
        <translation>모든 노트 보이기</translation>
    </message>
    <message>
        <source>Leave, back to the editor as it was</source>
        <translation>끝내고 원래대로 편집기로 돌아가기</translation>
    </message>
    <message>
        <source>Present the chosen block earlier</source>
        <translation>선택한 블록을 더 먼저 발표</translation>
    </message>
    <message>
        <source>Present the chosen block later</source>
        <translation>선택한 블록을 더 나중에 발표</translation>
    </message>
    <message>
        <source>Open the snapshot in a window of its own (read-only)</source>
        <translation>스냅숏을 별도 창에서 열기(읽기 전용)</translation>
    </message>
    <message>
        <source>Rename the snapshot</source>
        <translation>스냅숏 이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete the snapshot</source>
        <translation>스냅숏 삭제</translation>
    </message>
    <message>
        <source>Select the changed note on the board</source>
        <translation>보드에서 바뀐 노트 선택</translation>
    </message>
    <message>
        <source>Hide the changes</source>
        <translation>변경 사항 숨기기</translation>
    </message>
    <message>
        <source>Focus the chosen segment (its notes stay bright, the others fade), or end the focus</source>
        <translation>고른 세그먼트에 초점 맞추기(그 노트는 또렷하게, 나머지는 흐리게) 또는 초점 끝내기</translation>
    </message>
    <message>
        <source>End the focus: every note as usual</source>
        <translation>초점 끝내기: 모든 노트를 평소대로</translation>
    </message>
    <message>
        <source>Rename the segment</source>
        <translation>세그먼트 이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete the segment (its notes stay)</source>
        <translation>세그먼트 삭제(노트는 남음)</translation>
    </message>
    <message>
        <source>Move the segment up the legend</source>
        <translation>범례에서 세그먼트를 위로 옮기기</translation>
    </message>
    <message>
        <source>Move the segment down the legend</source>
        <translation>범례에서 세그먼트를 아래로 옮기기</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not read {name}.</source>
        <translation>{name}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Revert Failed</source>
        <translation>되돌리기 실패</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>저장 실패</translation>
    </message>
    <message>
        <source>No backup of the previous version: {reason}</source>
        <translation>이전 버전을 백업하지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>NoteDialogs</name>
    <message>
        <source>e.g. risk, to test</source>
        <translation>예: 위험, 검증 필요</translation>
    </message>
    <message>
        <source>Note details</source>
        <translation>노트 정보</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>태그(&amp;T)</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>태그는 쉼표로 구분합니다.</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>Tags to add (separate them with commas):</source>
        <translation>추가할 태그(쉼표로 구분):</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>새 세그먼트</translation>
    </message>
    <message>
        <source>e.g. Commuters</source>
        <translation>예: 통근자</translation>
    </message>
    <message>
        <source>{colour} (used by {segment})</source>
        <translation>{colour} ({segment}에서 사용 중)</translation>
    </message>
    <message>
        <source>&amp;Other colour…</source>
        <translation>다른 색(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation>세그먼트 색</translation>
    </message>
</context>
<context>
    <name>NoteMenu</name>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Custom colour…</source>
        <translation>사용자 지정 색…</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>고객 세그먼트</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>세그먼트 없음</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>새 세그먼트</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>새 세그먼트…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>텍스트 편집</translation>
    </message>
    <message>
        <source>Description and tags…</source>
        <translation>설명과 태그…</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>맨 앞으로 가져오기</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>노트 삭제</translation>
    </message>
    <message>
        <source>Delete {count} notes</source>
        <translation>노트 {count}개 삭제</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Add tags…</source>
        <translation>태그 추가…</translation>
    </message>
    <message>
        <source>Add note here</source>
        <translation>여기에 노트 추가</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Arrange notes</source>
        <translation>노트 정렬</translation>
    </message>
    <message>
        <source>Arrange all blocks</source>
        <translation>모든 블록 정렬</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>(empty note)</source>
        <translation>(빈 노트)</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>세그먼트 없음</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>노트</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>빈 노트</translation>
    </message>
    <message>
        <source>Note in {block}</source>
        <translation>{block}의 노트</translation>
    </message>
    <message>
        <source>colour {colour}</source>
        <translation>색 {colour}</translation>
    </message>
    <message>
        <source>segment {segment}</source>
        <translation>세그먼트 {segment}</translation>
    </message>
    <message>
        <source>tags {tags}</source>
        <translation>태그 {tags}</translation>
    </message>
    <message>
        <source>matches the search</source>
        <translation>검색과 일치</translation>
    </message>
    <message>
        <source>does not match the search</source>
        <translation>검색과 일치하지 않음</translation>
    </message>
    <message>
        <source>description: {description}</source>
        <translation>설명: {description}</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>노트 없음</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>노트 1개</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>노트 {count}개</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>노트 텍스트</translation>
    </message>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation>Enter는 저장, Shift+Enter는 새 줄, Esc는 취소</translation>
    </message>
    <message>
        <source>Canvas outline</source>
        <translation>캔버스 개요</translation>
    </message>
    <message>
        <source>The nine blocks of the canvas and their notes. Enter or F2 edits a note, Insert adds one, the context menu moves notes to another block.</source>
        <translation>캔버스의 아홉 블록과 노트입니다. Enter 또는 F2로 노트를 편집하고, Insert로 추가하며, 컨텍스트 메뉴로 다른 블록으로 옮깁니다.</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>텍스트 편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>노트 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>이동(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>Show the canvas as a list of blocks and notes</source>
        <translation>캔버스를 블록과 노트의 목록으로 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
    <message>
        <source>The file does not exist: it may have been moved, renamed or deleted.</source>
        <translation>파일이 없습니다. 옮겨졌거나 이름이 바뀌었거나 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>이 파일을 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <source>This is a folder, not a canvas file.</source>
        <translation>캔버스 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (it is a device, a pipe or a socket).</source>
        <translation>일반 파일이 아닙니다(장치, 파이프 또는 소켓입니다).</translation>
    </message>
    <message>
        <source>This is not a valid file name.</source>
        <translation>올바른 파일 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>빈 파일입니다.</translation>
    </message>
    <message>
        <source>This file is not a canvas: it is not a text file.</source>
        <translation>캔버스가 아닙니다: 텍스트 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>This file is not a canvas (it has no &quot;format&quot;: &quot;bmc&quot; line).</source>
        <translation>캔버스가 아닙니다(&quot;format&quot;: &quot;bmc&quot; 줄이 없습니다).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This file is too large to be a canvas.</source>
        <translation>캔버스로 보기에는 파일이 너무 큽니다.</translation>
    </message>
    <message>
        <source>This file is not a canvas, or it is damaged: its text is not in canvas format.</source>
        <translation>캔버스가 아니거나 손상된 파일입니다: 텍스트가 캔버스 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>This file is not a canvas this editor can read: it is not laid out as a .bmc file.</source>
        <translation>이 편집기가 읽을 수 있는 캔버스가 아닙니다: .bmc 파일 구조가 아닙니다.</translation>
    </message>
    <message>
        <source>This canvas was saved by a newer Canvas Editor. Update Canvas Editor to open it.</source>
        <translation>더 새로운 Canvas Editor로 저장한 캔버스입니다. Canvas Editor를 업데이트한 뒤 여세요.</translation>
    </message>
    <message>
        <source>This canvas was saved by an older Canvas Editor and could not be brought up to date.</source>
        <translation>이전 Canvas Editor로 저장한 캔버스인데 최신 형식으로 바꾸지 못했습니다.</translation>
    </message>
    <message>
        <source>This canvas is damaged: part of it breaks the rules of the canvas format.</source>
        <translation>손상된 캔버스입니다: 일부가 캔버스 형식의 규칙에 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>PresentationOrder</name>
    <message>
        <source>Presentation Order</source>
        <translation>발표 순서</translation>
    </message>
    <message>
        <source>Presentation &amp;Order</source>
        <translation>발표 순서(&amp;O)</translation>
    </message>
    <message>
        <source>The order a presentation reveals the blocks in, stored with the canvas</source>
        <translation>발표에서 블록을 보여 주는 순서(캔버스에 저장됨)</translation>
    </message>
    <message>
        <source>Blocks in presentation order</source>
        <translation>발표 순서대로 놓인 블록</translation>
    </message>
    <message>
        <source>Notes appear block by block, in this order. Drag a block to move it.</source>
        <translation>노트는 블록별로 이 순서대로 나타납니다. 블록을 끌어 옮길 수 있습니다.</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reveal Next</source>
        <translation>다음에 보이기(&amp;R)</translation>
    </message>
    <message>
        <source>Present the chosen block right after the block being presented (first, when none is)</source>
        <translation>선택한 블록을 지금 발표 중인 블록 바로 다음에 발표합니다(발표 중인 블록이 없으면 맨 처음)</translation>
    </message>
    <message>
        <source>&amp;Standard Order</source>
        <translation>표준 순서(&amp;S)</translation>
    </message>
    <message>
        <source>Customer segments, value propositions, channels ... cost structure</source>
        <translation>고객 세그먼트, 가치 제안, 채널 ... 비용 구조</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>노트 1개</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>노트 {count}개</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Print Canvas</source>
        <translation>캔버스 인쇄</translation>
    </message>
    <message>
        <source>{reason}: export a PDF instead?</source>
        <translation>{reason}: 대신 PDF로 내보낼까요?</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>PDF로 내보내기...</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>저장 실패</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>인쇄 실패</translation>
    </message>
    <message>
        <source>Printed 1 page on {printer}</source>
        <translation>{printer}에서 1쪽을 인쇄했습니다</translation>
    </message>
    <message>
        <source>Printed {count} pages on {printer}</source>
        <translation>{printer}에서 {count}쪽을 인쇄했습니다</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>쪽 범위:</translation>
    </message>
    <message>
        <source>First page to print</source>
        <translation>인쇄할 첫 쪽</translation>
    </message>
    <message>
        <source>Last page to print</source>
        <translation>인쇄할 마지막 쪽</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>{printer} (default)</source>
        <translation>{printer} (기본)</translation>
    </message>
    <message>
        <source>Preview of the printed page</source>
        <translation>인쇄될 페이지 미리 보기</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>프린터:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>용지 크기:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>방향:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>매수:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>인쇄 범위:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>PDF로 저장...</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1쪽</translation>
    </message>
    <message>
        <source>{count} pages (notes in full after the canvas)</source>
        <translation>{count}쪽 (캔버스 뒤에 노트 전체 내용)</translation>
    </message>
    <message>
        <source>{count} pages: the poster in {rows} rows of {cols} sheets</source>
        <translation>{count}쪽: 포스터를 {rows}행 {cols}열로 나눈 용지</translation>
    </message>
    <message>
        <source>{count} pages: the poster in {rows} rows of {cols} sheets, then the notes in full</source>
        <translation>{count}쪽: 포스터를 {rows}행 {cols}열로 나눈 용지, 그 뒤에 노트 전체 내용</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No Recent Files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>never saved</source>
        <translation>저장한 적 없음</translation>
    </message>
    <message>
        <source>{name} — autosaved {when}
{where}</source>
        <translation>{name} — {when} 자동 저장
{where}</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>Canvas Editor did not close normally last time. These documents had unsaved changes. Tick the ones to restore; the others are deleted.</source>
        <translation>지난번에 Canvas Editor가 정상적으로 종료되지 않았습니다. 아래 문서에 저장하지 않은 변경 사항이 있습니다. 복원할 문서에 표시하세요. 나머지는 삭제됩니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard All</source>
        <translation>모두 버리기</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>나중에 결정</translation>
    </message>
    <message>
        <source>Could not restore {name}.</source>
        <translation>{name}을(를) 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could Not Restore</source>
        <translation>복원할 수 없음</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>No matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{total}개 중 {current}번째</translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation>노트 찾기</translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation>노트에서 찾기</translation>
    </message>
    <message>
        <source>Text and description, ignoring case and accents. Enter: next match, Shift+Enter: previous, Escape: clear and close</source>
        <translation>텍스트와 설명에서 대소문자와 악센트를 무시하고 찾습니다. Enter: 다음 항목, Shift+Enter: 이전 항목, Esc: 지우고 닫기</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>일치 항목</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 항목 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 항목 (Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>색으로 거르기</translation>
    </message>
    <message>
        <source>Filter by segment</source>
        <translation>세그먼트로 거르기</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>태그로 거르기</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>필터 ({count})</translation>
    </message>
    <message>
        <source>Filter by colour, segment and tag</source>
        <translation>색, 세그먼트, 태그로 거르기</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1개 일치</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count}개 일치</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>모든 색</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>모든 세그먼트</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>세그먼트 없음</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
</context>
<context>
    <name>SegmentLegend</name>
    <message>
        <source>Segment Legend</source>
        <translation>세그먼트 범례</translation>
    </message>
    <message>
        <source>Cannot Add Segment</source>
        <translation>세그먼트를 추가할 수 없음</translation>
    </message>
    <message>
        <source>Cannot Rename Segment</source>
        <translation>세그먼트 이름을 바꿀 수 없음</translation>
    </message>
    <message>
        <source>Colour of {segment}</source>
        <translation>{segment}의 색</translation>
    </message>
    <message>
        <source>Cannot Recolour Segment</source>
        <translation>세그먼트 색을 바꿀 수 없음</translation>
    </message>
    <message>
        <source>Deleted segment {segment}; its notes stay. Undo brings it back</source>
        <translation>세그먼트 {segment}을(를) 삭제했습니다. 노트는 남습니다. 실행 취소하면 되살아납니다</translation>
    </message>
    <message>
        <source>Rename Segment</source>
        <translation>세그먼트 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name of the segment:</source>
        <translation>세그먼트의 새 이름:</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>노트 1개</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>노트 {count}개</translation>
    </message>
    <message>
        <source>Click a segment to follow its notes; click it again, or Escape, to see all.</source>
        <translation>세그먼트를 클릭하면 그 노트만 또렷하게 보입니다. 다시 클릭하거나 Esc를 누르면 모두 보입니다.</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>고객 세그먼트</translation>
    </message>
    <message>
        <source>Each segment&apos;s colour, name and number of notes. Enter focuses a segment, Escape ends the focus, F2 renames, Delete deletes, Alt+Up and Alt+Down move it.</source>
        <translation>세그먼트마다 색, 이름, 노트 수를 보여 줍니다. Enter로 세그먼트에 초점을 맞추고, Esc로 초점을 끝내고, F2로 이름을 바꾸고, Delete로 삭제하고, Alt+Up과 Alt+Down으로 옮깁니다.</translation>
    </message>
    <message>
        <source>No segments yet: New Segment adds one.</source>
        <translation>아직 세그먼트가 없습니다. 새 세그먼트로 추가하세요.</translation>
    </message>
    <message>
        <source>{segment}, focused</source>
        <translation>{segment}, 초점</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>a segment needs a name</source>
        <translation>세그먼트에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>a canvas holds at most {count} segments</source>
        <translation>캔버스에는 세그먼트를 {count}개까지만 둘 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Workshop {room}</source>
        <translation>워크숍 {room}</translation>
    </message>
    <message>
        <source>Joined the workshop: your edits reach everyone in it</source>
        <translation>워크숍에 참가했습니다: 내 편집이 참가자 모두에게 전해집니다</translation>
    </message>
    <message>
        <source>The workshop has ended; the canvas stays here</source>
        <translation>워크숍이 끝났습니다. 캔버스는 여기 남아 있습니다</translation>
    </message>
    <message>
        <source>The facilitator removed you from the workshop</source>
        <translation>진행자가 워크숍에서 내보냈습니다</translation>
    </message>
    <message>
        <source>The connection to the workshop was lost</source>
        <translation>워크숍과의 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>Could Not Share</source>
        <translation>공유할 수 없음</translation>
    </message>
    <message>
        <source>The workshop could not start on {address}: {reason}</source>
        <translation>{address}에서 워크숍을 시작할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Sharing stopped</source>
        <translation>공유를 멈췄습니다</translation>
    </message>
    <message>
        <source>Share Workshop</source>
        <translation>워크숍 공유</translation>
    </message>
    <message>
        <source>Scan the code or open the link on a phone or laptop on the same network:</source>
        <translation>같은 네트워크의 휴대폰이나 노트북에서 코드를 스캔하거나 링크를 여세요:</translation>
    </message>
    <message>
        <source>QR code of the join link</source>
        <translation>참가 링크의 QR 코드</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>참가 링크</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>방 코드</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>접속한 사람</translation>
    </message>
    <message>
        <source>&amp;Remove Participant</source>
        <translation>참가자 내보내기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lock the room (no one new may join)</source>
        <translation>방 잠그기(&amp;L) (새로 들어올 수 없음)</translation>
    </message>
    <message>
        <source>Network the workshop is on</source>
        <translation>워크숍이 열려 있는 네트워크</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>네트워크(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Stop Sharing</source>
        <translation>공유 멈추기(&amp;S)</translation>
    </message>
    <message>
        <source>1 participant connected</source>
        <translation>참가자 1명 접속 중</translation>
    </message>
    <message>
        <source>{count} participants connected</source>
        <translation>참가자 {count}명 접속 중</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(아직 이름 없음)</translation>
    </message>
    <message>
        <source>{name} (co-facilitator)</source>
        <translation>{name} (공동 진행자)</translation>
    </message>
    <message>
        <source>This computer only ({address})</source>
        <translation>이 컴퓨터만 ({address})</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Commands</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>보드에서</translation>
    </message>
    <message>
        <source>In voting mode</source>
        <translation>투표 모드에서</translation>
    </message>
    <message>
        <source>While typing in a note</source>
        <translation>노트 입력 중</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Outline, while editing a note</source>
        <translation>개요에서 노트 편집 중</translation>
    </message>
    <message>
        <source>Snapshots panel</source>
        <translation>스냅숏 패널</translation>
    </message>
    <message>
        <source>Changes panel</source>
        <translation>변경 사항 패널</translation>
    </message>
    <message>
        <source>While presenting</source>
        <translation>발표 중</translation>
    </message>
    <message>
        <source>Presentation order panel</source>
        <translation>발표 순서 패널</translation>
    </message>
    <message>
        <source>Segment legend</source>
        <translation>세그먼트 범례</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>Small</source>
        <translation>작게</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>크게</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>snapshot {name}</source>
        <translation>스냅숏 {name}</translation>
    </message>
    <message>
        <source>snapshot {name}, {when}</source>
        <translation>스냅숏 {name}, {when}</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>스냅숏 찍기</translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation>스냅숏 이름:</translation>
    </message>
    <message>
        <source>Cannot Take Snapshot</source>
        <translation>스냅숏을 찍을 수 없음</translation>
    </message>
    <message>
        <source>Took snapshot {name}</source>
        <translation>스냅숏 {name}을(를) 찍었습니다</translation>
    </message>
    <message>
        <source>Snapshots &gt; Restore Snapshot puts this board back in the document.</source>
        <translation>스냅숏 &gt; 스냅숏 복원으로 이 보드를 문서에 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>From {before} to {after}</source>
        <translation>{before}에서 {after}까지</translation>
    </message>
    <message>
        <source>Restored snapshot {name}; Undo brings back the board as it was</source>
        <translation>스냅숏 {name}을(를) 복원했습니다. 실행 취소하면 이전 보드로 돌아갑니다</translation>
    </message>
    <message>
        <source>The board is already as in snapshot {name}</source>
        <translation>보드가 이미 스냅숏 {name}과(와) 같습니다</translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation>스냅숏 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name of the snapshot:</source>
        <translation>스냅숏의 새 이름:</translation>
    </message>
    <message>
        <source>Cannot Rename Snapshot</source>
        <translation>스냅숏 이름을 바꿀 수 없음</translation>
    </message>
    <message>
        <source>Deleted snapshot {name}; Undo brings it back</source>
        <translation>스냅숏 {name}을(를) 삭제했습니다. 실행 취소하면 되살아납니다</translation>
    </message>
    <message>
        <source>From {before} to now</source>
        <translation>{before}에서 지금까지</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>노트 1개</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>노트 {count}개</translation>
    </message>
    <message>
        <source>no time kept</source>
        <translation>시간 기록 없음</translation>
    </message>
    <message>
        <source>&amp;Take...</source>
        <translation>찍기(&amp;T)...</translation>
    </message>
    <message>
        <source>Compare with &amp;Now</source>
        <translation>지금과 비교(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>이름 바꾸기(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>스냅숏</translation>
    </message>
    <message>
        <source>The snapshots of this canvas, oldest first. Enter opens one, F2 renames it, Delete deletes it.</source>
        <translation>이 캔버스의 스냅숏입니다(오래된 순). Enter로 열고, F2로 이름을 바꾸고, Delete로 삭제합니다.</translation>
    </message>
    <message>
        <source>No snapshots yet: Take Snapshot ({keys}) keeps the board as it is.</source>
        <translation>아직 스냅숏이 없습니다. 스냅숏 찍기({keys})로 지금 보드를 보관하세요.</translation>
    </message>
    <message>
        <source>{title} - read-only - {app}</source>
        <translation>{title} - 읽기 전용 - {app}</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>읽기 전용.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>First note</source>
        <translation>첫 번째 노트</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>마지막 노트</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>노트 없음</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>노트 1개</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>노트 {count}개</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1표</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>{count}표</translation>
    </message>
    <message>
        <source>Face down</source>
        <translation>뒤집힌 노트</translation>
    </message>
    <message>
        <source>Face-down note by {author}</source>
        <translation>{author}의 뒤집힌 노트</translation>
    </message>
    <message>
        <source>Face-down note</source>
        <translation>뒤집힌 노트</translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>빈 노트</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>Canvas board: {title}</source>
        <translation>캔버스 보드: {title}</translation>
    </message>
    <message>
        <source>Canvas board</source>
        <translation>캔버스 보드</translation>
    </message>
    <message>
        <source>Keys 1 to 9 pick a block, arrow keys move between notes, N adds a note, Ctrl+arrow keys move the selected notes, Shift+F10 opens the menu.</source>
        <translation>1~9 키로 블록을 고르고, 화살표 키로 노트 사이를 이동하고, N 키로 노트를 추가하고, Ctrl+화살표 키로 선택한 노트를 옮기고, Shift+F10 키로 메뉴를 엽니다.</translation>
    </message>
    <message>
        <source>Designed for {value}</source>
        <translation>대상 {value}</translation>
    </message>
    <message>
        <source>designed by {value}</source>
        <translation>작성자 {value}</translation>
    </message>
    <message>
        <source>date {value}</source>
        <translation>날짜 {value}</translation>
    </message>
    <message>
        <source>iteration {value}</source>
        <translation>반복 차수 {value}</translation>
    </message>
    <message>
        <source>{header}. {keys}</source>
        <translation>{header}. {keys}</translation>
    </message>
    <message>
        <source>{block}, {notes}, block {position} of {count}</source>
        <translation>{block}, {notes}, 블록 {count}개 중 {position}번째</translation>
    </message>
    <message>
        <source>note {position} of {count} in {block}</source>
        <translation>{block}의 노트 {count}개 중 {position}번째</translation>
    </message>
    <message>
        <source>segment {segment}</source>
        <translation>세그먼트 {segment}</translation>
    </message>
    <message>
        <source>colour {colour}</source>
        <translation>색 {colour}</translation>
    </message>
    <message>
        <source>tags {tags}</source>
        <translation>태그 {tags}</translation>
    </message>
    <message>
        <source>description: {description}</source>
        <translation>설명: {description}</translation>
    </message>
    <message>
        <source>{notes} selected in {block}</source>
        <translation>{block}에서 {notes} 선택됨</translation>
    </message>
    <message>
        <source>{notes} selected</source>
        <translation>{notes} 선택됨</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>노트</translation>
    </message>
    <message>
        <source>{what} added to {block}</source>
        <translation>{block}에 추가됨: {what}</translation>
    </message>
    <message>
        <source>{what} added</source>
        <translation>추가됨: {what}</translation>
    </message>
    <message>
        <source>{what} deleted</source>
        <translation>삭제됨: {what}</translation>
    </message>
    <message>
        <source>{what} moved to {block}</source>
        <translation>{block}(으)로 이동됨: {what}</translation>
    </message>
    <message>
        <source>{what} moved to other blocks</source>
        <translation>다른 블록으로 이동됨: {what}</translation>
    </message>
    <message>
        <source>Undone: {step}</source>
        <translation>실행 취소됨: {step}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>실행 취소됨</translation>
    </message>
    <message>
        <source>Redone: {step}</source>
        <translation>다시 실행됨: {step}</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>다시 실행됨</translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>점 1개</translation>
    </message>
    <message>
        <source>{count} dots</source>
        <translation>점 {count}개</translation>
    </message>
    <message>
        <source>{votes} on {note}</source>
        <translation>{note}: {votes}</translation>
    </message>
    <message>
        <source>{votes_on}, {voter} has {dots} left</source>
        <translation>{votes_on}, {voter}에게 {dots} 남음</translation>
    </message>
    <message>
        <source>{votes_on}, {dots} left</source>
        <translation>{votes_on}, {dots} 남음</translation>
    </message>
    <message>
        <source>Voting mode off</source>
        <translation>투표 모드 끝</translation>
    </message>
    <message>
        <source>Voting mode on: {give} gives the current note a dot, {take} takes one back</source>
        <translation>투표 모드 시작: {give} 키로 현재 노트에 점을 주고, {take} 키로 하나 되돌립니다</translation>
    </message>
    <message>
        <source>No note to vote on: reach one with the arrow keys first</source>
        <translation>투표할 노트가 없습니다. 먼저 화살표 키로 노트로 가세요</translation>
    </message>
    <message>
        <source>{block}: {note}</source>
        <translation>{block}: {note}</translation>
    </message>
    <message>
        <source>{what} hidden</source>
        <translation>다시 숨김: {what}</translation>
    </message>
    <message>
        <source>{shown} of {total} notes shown</source>
        <translation>노트 {total}개 중 {shown}개 표시됨</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>1 note</source>
        <translation>노트 1개</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>노트 {count}개</translation>
    </message>
    <message>
        <source>{notes}, {selected} selected</source>
        <translation>{notes}, {selected}개 선택됨</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>확대/축소 {percent}%</translation>
    </message>
    <message>
        <source>Ctrl+wheel or Ctrl++ / Ctrl+- to zoom, Ctrl+0 to fit</source>
        <translation>Ctrl+휠 또는 Ctrl++ / Ctrl+-로 확대/축소, Ctrl+0으로 창에 맞추기</translation>
    </message>
    <message>
        <source>What the last action did</source>
        <translation>마지막 작업의 결과</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>New from Template</source>
        <translation>템플릿으로 새로 만들기</translation>
    </message>
    <message>
        <source>{name} ({language})
{description}</source>
        <translation>{name} ({language})
{description}</translation>
    </message>
    <message>
        <source>Start a new canvas from:</source>
        <translation>새 캔버스의 시작:</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>An empty canvas: nine blocks, no notes.</source>
        <translation>빈 캔버스: 아홉 블록, 노트 없음.</translation>
    </message>
    <message>
        <source>Amazon&apos;s business model, in English, coloured by customer segment.</source>
        <translation>아마존의 비즈니스 모델(영어), 고객 세그먼트별 색 구분.</translation>
    </message>
    <message>
        <source>아마존의 비즈니스 모델 (Amazon&apos;s business model, in Korean).</source>
        <translation>아마존의 비즈니스 모델(한국어).</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit note</source>
        <translation>노트 편집</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>맨 앞으로 가져오기</translation>
    </message>
    <message>
        <source>Edit header</source>
        <translation>헤더 편집</translation>
    </message>
    <message>
        <source>Change presentation order</source>
        <translation>발표 순서 변경</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>새 세그먼트</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>노트 추가</translation>
    </message>
    <message>
        <source>Add {count} notes</source>
        <translation>노트 {count}개 추가</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>노트 삭제</translation>
    </message>
    <message>
        <source>Delete {count} notes</source>
        <translation>노트 {count}개 삭제</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>설명 편집</translation>
    </message>
    <message>
        <source>Edit note details</source>
        <translation>노트 정보 편집</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>색 변경</translation>
    </message>
    <message>
        <source>Set segment</source>
        <translation>세그먼트 지정</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>노트 이동</translation>
    </message>
    <message>
        <source>Move {count} notes</source>
        <translation>노트 {count}개 이동</translation>
    </message>
    <message>
        <source>Arrange notes</source>
        <translation>노트 정렬</translation>
    </message>
    <message>
        <source>Arrange all notes</source>
        <translation>모든 노트 정렬</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>노트 크기 변경</translation>
    </message>
    <message>
        <source>Resize notes</source>
        <translation>노트 크기 변경</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>태그 편집</translation>
    </message>
    <message>
        <source>Take snapshot {name}</source>
        <translation>스냅숏 {name} 찍기</translation>
    </message>
    <message>
        <source>Delete snapshot {name}</source>
        <translation>스냅숏 {name} 삭제</translation>
    </message>
    <message>
        <source>Rename snapshot {name}</source>
        <translation>스냅숏 {name} 이름 바꾸기</translation>
    </message>
    <message>
        <source>Restore snapshot {name}</source>
        <translation>스냅숏 {name} 복원</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Rename segment {name}</source>
        <translation>세그먼트 {name} 이름 바꾸기</translation>
    </message>
    <message>
        <source>Recolour segment {name}</source>
        <translation>세그먼트 {name} 색 바꾸기</translation>
    </message>
    <message>
        <source>Move segment {name}</source>
        <translation>세그먼트 {name} 옮기기</translation>
    </message>
    <message>
        <source>Delete segment {name}</source>
        <translation>세그먼트 {name} 삭제</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>No note is face down</source>
        <translation>뒤집힌 노트가 없습니다</translation>
    </message>
    <message>
        <source>Revealed 1 note</source>
        <translation>노트 1개를 공개했습니다</translation>
    </message>
    <message>
        <source>Revealed {count} notes</source>
        <translation>노트 {count}개를 공개했습니다</translation>
    </message>
    <message>
        <source>Every vote cleared (Undo brings them back)</source>
        <translation>모든 투표를 지웠습니다(실행 취소로 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>not in top {n}</source>
        <translation>상위 {n}개 밖</translation>
    </message>
    <message>
        <source>Dot Voting</source>
        <translation>점 투표</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>투표자</translation>
    </message>
    <message>
        <source>Unnamed voter</source>
        <translation>이름 없는 투표자</translation>
    </message>
    <message>
        <source>Vo&amp;ter:</source>
        <translation>투표자(&amp;T):</translation>
    </message>
    <message>
        <source>Dots each voter may give</source>
        <translation>투표자 한 명이 줄 수 있는 점 개수</translation>
    </message>
    <message>
        <source>Dots &amp;each:</source>
        <translation>1인당 점(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Give a Dot</source>
        <translation>점 주기(&amp;G)</translation>
    </message>
    <message>
        <source>One dot from the voter on the selected note</source>
        <translation>선택한 노트에 투표자의 점을 하나 줍니다</translation>
    </message>
    <message>
        <source>Take One &amp;Back</source>
        <translation>하나 되돌리기(&amp;B)</translation>
    </message>
    <message>
        <source>One of the voter&apos;s dots off the selected note</source>
        <translation>선택한 노트에서 투표자의 점을 하나 뺍니다</translation>
    </message>
    <message>
        <source>Vote results</source>
        <translation>투표 결과</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>노트</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>How many notes to keep</source>
        <translation>남길 노트 수</translation>
    </message>
    <message>
        <source>Keep the top </source>
        <translation>상위 </translation>
    </message>
    <message>
        <source>&amp;Per block</source>
        <translation>블록별(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fade the Rest</source>
        <translation>나머지 흐리게(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;ag the Rest</source>
        <translation>나머지에 태그(&amp;A)</translation>
    </message>
    <message>
        <source>Select one note to vote on</source>
        <translation>투표할 노트를 하나 선택하세요</translation>
    </message>
    <message>
        <source>{voter}: {left} of {budget} dots left</source>
        <translation>{voter}: 점 {budget}개 중 {left}개 남음</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>아직 투표가 없습니다</translation>
    </message>
    <message>
        <source>Tagged {count} notes {tag!r}</source>
        <translation>노트 {count}개에 {tag!r} 태그를 달았습니다</translation>
    </message>
    <message>
        <source>Every note is in the top</source>
        <translation>모든 노트가 상위에 있습니다</translation>
    </message>
    <message>
        <source>The unnamed voter</source>
        <translation>이름 없는 투표자</translation>
    </message>
    <message>
        <source>That note is face down: reveal it before voting on it</source>
        <translation>뒤집힌 노트입니다. 투표하기 전에 공개하세요</translation>
    </message>
    <message>
        <source>{voter} has given all {budget} dots: take one back, or name the next voter</source>
        <translation>{voter}: 점 {budget}개를 모두 썼습니다. 하나를 되돌리거나 다음 투표자의 이름을 적으세요</translation>
    </message>
    <message>
        <source>{voter} has no dot on that note to take back</source>
        <translation>{voter}: 이 노트에 되돌릴 점이 없습니다</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1분</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count}분</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>워크숍 타이머</translation>
    </message>
    <message>
        <source>Set the timer: presets or a custom time</source>
        <translation>타이머 설정: 미리 정한 시간 또는 직접 입력</translation>
    </message>
    <message>
        <source>Minutes (7), minutes and seconds (7:30), or hours too (1:15:00):</source>
        <translation>분(7), 분과 초(7:30), 또는 시간까지(1:15:00):</translation>
    </message>
    <message>
        <source>Custom Time</source>
        <translation>시간 직접 입력</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Could not open the template “{name}”: the installation may be damaged.</source>
        <translation>템플릿 “{name}”을(를) 열 수 없습니다. 설치가 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Could Not Create</source>
        <translation>만들 수 없음</translation>
    </message>
    <message>
        <source>Could not open {name}.</source>
        <translation>{name}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Could Not Open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>Could not create {name}.</source>
        <translation>{name}을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Untitled {number}</source>
        <translation>제목 없음 {number}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the commands work without one, see canvas-editor --help</source>
        <translation>명령은 디스플레이 없이도 동작합니다. canvas-editor --help를 보세요</translation>
    </message>
    <message>
        <source>
Compare two canvases, or snapshots, and print one line per change: notes added,
removed, moved to another block, with their text changed, recoloured, moved to
another segment, or with other votes. Notes are followed by their ids. Positions
inside a block, descriptions, tags and the title block are not compared.

  canvas-editor diff A.bmc B.bmc                    A now against B now
  canvas-editor diff A.bmc --snapshot v1            A&apos;s snapshot v1 against A now
  canvas-editor diff A.bmc B.bmc --snapshot v1      A&apos;s snapshot v1 against B now
  canvas-editor diff A.bmc --snapshot v1 --snapshot v2
                                                    A&apos;s snapshot v1 against its v2

Exit status: 0 no changes, 1 changes, 2 trouble (a usage error, a file that
cannot be read, no such snapshot).

With --format json, one JSON object:

  {&quot;before&quot;: {&quot;file&quot;: &quot;A.bmc&quot;, &quot;snapshot&quot;: &quot;v1&quot;},   snapshot: null for the canvas now
   &quot;after&quot;: {&quot;file&quot;: &quot;B.bmc&quot;, &quot;snapshot&quot;: null},
   &quot;equal&quot;: false,
   &quot;changes&quot;: [{&quot;kind&quot;: &quot;moved&quot;, &quot;note&quot;: &quot;vp-1&quot;, &quot;block&quot;: &quot;channels&quot;,
                &quot;text&quot;: &quot;Fresh bread&quot;, &quot;before&quot;: &quot;key_partners&quot;, &quot;after&quot;: &quot;channels&quot;}, ...]}

A change&apos;s &quot;kind&quot; is added, removed, moved, text, color, segment or votes; &quot;note&quot;
is the note&apos;s id, &quot;block&quot; the id of the block it is in (was in, when removed) and
&quot;text&quot; its text. &quot;before&quot; and &quot;after&quot; hold what changed: block ids (moved), texts
(text), &quot;#RRGGBB&quot; (color), {&quot;id&quot;: ..., &quot;name&quot;: ...} or null (segment), numbers
(votes); both are null for added and removed. Changes come block by block in the
standard order of the blocks.
</source>
        <translation>
두 캔버스 또는 스냅숏을 비교해 바뀐 점을 한 줄에 하나씩 출력합니다: 추가되거나
삭제된 노트, 다른 블록으로 옮겨진 노트, 텍스트가 바뀐 노트, 색이 바뀐 노트, 다른
세그먼트로 옮겨진 노트, 투표 수가 바뀐 노트. 노트 뒤에는 ID가 붙습니다. 블록 안의
위치, 설명, 태그, 제목 영역은 비교하지 않습니다.

  canvas-editor diff A.bmc B.bmc                    지금의 A와 지금의 B
  canvas-editor diff A.bmc --snapshot v1            A의 스냅숏 v1과 지금의 A
  canvas-editor diff A.bmc B.bmc --snapshot v1      A의 스냅숏 v1과 지금의 B
  canvas-editor diff A.bmc --snapshot v1 --snapshot v2
                                                    A의 스냅숏 v1과 v2

종료 코드: 0 바뀐 점 없음, 1 바뀐 점 있음, 2 문제(사용법 오류, 읽을 수 없는 파일,
없는 스냅숏).

--format json을 주면 JSON 객체 하나를 출력합니다:

  {&quot;before&quot;: {&quot;file&quot;: &quot;A.bmc&quot;, &quot;snapshot&quot;: &quot;v1&quot;},   지금의 캔버스이면 snapshot은 null
   &quot;after&quot;: {&quot;file&quot;: &quot;B.bmc&quot;, &quot;snapshot&quot;: null},
   &quot;equal&quot;: false,
   &quot;changes&quot;: [{&quot;kind&quot;: &quot;moved&quot;, &quot;note&quot;: &quot;vp-1&quot;, &quot;block&quot;: &quot;channels&quot;,
                &quot;text&quot;: &quot;Fresh bread&quot;, &quot;before&quot;: &quot;key_partners&quot;, &quot;after&quot;: &quot;channels&quot;}, ...]}

변경의 &quot;kind&quot;는 added, removed, moved, text, color, segment, votes 중 하나이고,
&quot;note&quot;는 노트의 ID, &quot;block&quot;은 노트가 있는(삭제된 경우 있던) 블록의 ID, &quot;text&quot;는
노트의 텍스트입니다. &quot;before&quot;와 &quot;after&quot;에는 바뀐 내용이 들어갑니다: 블록 ID(moved),
텍스트(text), &quot;#RRGGBB&quot;(color), {&quot;id&quot;: ..., &quot;name&quot;: ...} 또는 null(segment),
숫자(votes). added와 removed에서는 둘 다 null입니다. 변경은 블록의 표준 순서에 따라
블록별로 나옵니다.
</translation>
    </message>
    <message>
        <source>show what changed between two canvases or snapshots</source>
        <translation>두 캔버스 또는 스냅숏 사이에 바뀐 점을 보여 줍니다</translation>
    </message>
    <message>
        <source>the canvas before</source>
        <translation>이전 캔버스</translation>
    </message>
    <message>
        <source>the canvas after (default: A.bmc)</source>
        <translation>이후 캔버스 (기본값: A.bmc)</translation>
    </message>
    <message>
        <source>compare a snapshot (by name, or id) instead of the canvas now: the first --snapshot is A&apos;s, a second one B&apos;s</source>
        <translation>지금의 캔버스 대신 스냅숏(이름 또는 ID)을 비교합니다. 첫 번째 --snapshot은 A의 것, 두 번째는 B의 것입니다</translation>
    </message>
    <message>
        <source>output format (default: text)</source>
        <translation>출력 형식 (기본값: text)</translation>
    </message>
    <message>
        <source>--snapshot names at most two snapshots: one of A.bmc, then one of B.bmc</source>
        <translation>--snapshot은 스냅숏을 두 개까지 지정합니다: A.bmc의 것 하나, 그다음 B.bmc의 것 하나</translation>
    </message>
    <message>
        <source>with one file, name a snapshot to compare with it (--snapshot NAME)</source>
        <translation>파일이 하나이면 비교할 스냅숏을 지정하세요 (--snapshot NAME)</translation>
    </message>
    <message>
        <source>export a canvas to PDF, PNG, SVG, Markdown, CSV, JSON Canvas or PowerPoint</source>
        <translation>캔버스를 PDF, PNG, SVG, 마크다운, CSV, JSON Canvas 또는 파워포인트로 내보냅니다</translation>
    </message>
    <message>
        <source>Export a canvas to a printable PDF (the board as it looks on screen, with text that stays selectable and fonts embedded), to a PNG or SVG picture of the sheet at the paper&apos;s physical size, or to a file other programs edit: Markdown (.md), a CSV table of the notes (.csv), JSON Canvas (.canvas, for Obsidian) or a PowerPoint deck (.pptx).</source>
        <translation>캔버스를 인쇄용 PDF(화면에 보이는 보드 그대로, 텍스트는 선택할 수 있고 글꼴은 포함), 용지의 실제 크기로 그린 PNG 또는 SVG 그림, 또는 다른 프로그램에서 편집하는 파일로 내보냅니다: 마크다운(.md), 노트의 CSV 표(.csv), JSON Canvas(.canvas, Obsidian용), 파워포인트 슬라이드(.pptx).</translation>
    </message>
    <message>
        <source>the .bmc file to export</source>
        <translation>내보낼 .bmc 파일</translation>
    </message>
    <message>
        <source>the file to write; its suffix picks the format (.pdf, .png, .svg, .md, .csv, .canvas or .pptx)</source>
        <translation>쓸 파일. 확장자로 형식을 정합니다 (.pdf, .png, .svg, .md, .csv, .canvas, .pptx)</translation>
    </message>
    <message>
        <source>paper size: {sizes} (default: {default}, landscape)</source>
        <translation>용지 크기: {sizes} (기본값: {default}, 가로)</translation>
    </message>
    <message>
        <source>portrait page (the sheet is scaled to the width)</source>
        <translation>세로 페이지 (캔버스를 너비에 맞춥니다)</translation>
    </message>
    <message>
        <source>PNG only: dots per inch of the paper size (default: {default}; A3 at 300 dpi is 4961 x 3508 pixels)</source>
        <translation>PNG 전용: 용지 크기 기준 인치당 도트 수 (기본값: {default}, 300 dpi의 A3는 4961 x 3508 픽셀)</translation>
    </message>
    <message>
        <source>PDF only: print a large page size over several sheets of PAPER (e.g. A4 or Letter) to build a poster</source>
        <translation>PDF 전용: 큰 페이지를 PAPER 용지(예: A4, Letter) 여러 장에 나누어 인쇄해 포스터를 만듭니다</translation>
    </message>
    <message>
        <source>PDF only: add pages with every note&apos;s full text and description, numbered as on the canvas</source>
        <translation>PDF 전용: 모든 노트의 전체 텍스트와 설명을 캔버스와 같은 번호로 담은 페이지를 추가합니다</translation>
    </message>
    <message>
        <source>PDF, PNG and SVG: leave out the legend of the customer segments (their colours, letter tags and names), printed beside the attribution when the canvas has segments</source>
        <translation>PDF, PNG, SVG: 고객 세그먼트 범례(색, 글자 표시, 이름)를 넣지 않습니다. 범례는 캔버스에 세그먼트가 있을 때 저작자 표시 옆에 인쇄됩니다</translation>
    </message>
    <message>
        <source>exit 1 when some text has characters no font can print (the file is still written, with an empty box for each)</source>
        <translation>어떤 글꼴로도 인쇄할 수 없는 문자가 있으면 종료 코드 1 (파일은 그래도 쓰며, 그런 문자는 빈 상자로 나옵니다)</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>확장자 없음</translation>
    </message>
    <message>
        <source>cannot tell what to write for {name} ({suffix}); name the output {kinds}</source>
        <translation>{name}에 무엇을 쓸지 알 수 없습니다 ({suffix}). 출력 파일 이름을 {kinds} 중 하나로 지정하세요</translation>
    </message>
    <message>
        <source>make a .bmc canvas from a Markdown, CSV, JSON Canvas or text file</source>
        <translation>마크다운, CSV, JSON Canvas 또는 텍스트 파일로 .bmc 캔버스를 만듭니다</translation>
    </message>
    <message>
        <source>Make a new .bmc canvas from another program&apos;s file: {kinds}. Block headings, block ids and group labels may name a block by its id or its English or Korean name, in any case and spacing.</source>
        <translation>다른 프로그램의 파일로 새 .bmc 캔버스를 만듭니다: {kinds}. 블록 제목, 블록 ID, 그룹 레이블은 블록을 ID나 영어 또는 한국어 이름으로 가리킬 수 있으며 대소문자와 띄어쓰기는 가리지 않습니다.</translation>
    </message>
    <message>
        <source>the file to read; its suffix says what it holds</source>
        <translation>읽을 파일. 확장자로 내용을 구분합니다</translation>
    </message>
    <message>
        <source>the canvas to write</source>
        <translation>쓸 캔버스</translation>
    </message>
    <message>
        <source>the block for notes whose heading, block id or group names none (and for every line of a .txt file); without it such notes make the import fail</source>
        <translation>제목, 블록 ID, 그룹이 블록을 가리키지 않는 노트(및 .txt 파일의 모든 줄)를 넣을 블록. 지정하지 않으면 그런 노트가 있을 때 가져오기가 실패합니다</translation>
    </message>
    <message>
        <source>overwrite OUT.bmc if it exists</source>
        <translation>OUT.bmc가 있으면 덮어씁니다</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} 또는 {last}</translation>
    </message>
    <message>
        <source>cannot tell what {name} holds ({suffix}); name a {kinds} file</source>
        <translation>{name}에 무엇이 들어 있는지 알 수 없습니다 ({suffix}). {kinds} 파일을 지정하세요</translation>
    </message>
    <message>
        <source>--into BLOCK is needed: every line of {name} goes into one block</source>
        <translation>--into BLOCK이 필요합니다: {name}의 모든 줄이 한 블록에 들어갑니다</translation>
    </message>
    <message>
        <source>the output is a canvas, OUT.bmc; to write {name} use &apos;canvas-editor export&apos;</source>
        <translation>출력은 캔버스(OUT.bmc)입니다. {name}을(를) 쓰려면 &apos;canvas-editor export&apos;를 사용하세요</translation>
    </message>
    <message>
        <source>{file}: already exists (use --force to overwrite)</source>
        <translation>{file}: 이미 있습니다 (덮어쓰려면 --force)</translation>
    </message>
    <message>
        <source>{file}: {reason} (use --into BLOCK to put such notes in a block)</source>
        <translation>{file}: {reason} (그런 노트를 한 블록에 넣으려면 --into BLOCK)</translation>
    </message>
    <message>
        <source>create a .bmc file from a template</source>
        <translation>템플릿으로 .bmc 파일을 만듭니다</translation>
    </message>
    <message>
        <source>Create a new .bmc file from a bundled template, dated today, with an empty &apos;Designed by&apos;.</source>
        <translation>함께 제공되는 템플릿으로 새 .bmc 파일을 만듭니다. 날짜는 오늘이고 &apos;작성자&apos;는 비어 있습니다.</translation>
    </message>
    <message>
        <source>template (default: blank)</source>
        <translation>템플릿 (기본값: blank)</translation>
    </message>
    <message>
        <source>the file to create</source>
        <translation>만들 파일</translation>
    </message>
    <message>
        <source>overwrite FILE if it exists</source>
        <translation>FILE이 있으면 덮어씁니다</translation>
    </message>
    <message>
        <source>take a named snapshot of a canvas</source>
        <translation>캔버스의 스냅숏을 이름을 붙여 찍습니다</translation>
    </message>
    <message>
        <source>Take a snapshot of FILE&apos;s board (its notes and segments) named NAME, stamped with the time, and save FILE. Exit status: 0 taken, 1 FILE cannot be read or written or already has a snapshot of that name, 2 a usage error.</source>
        <translation>FILE의 보드(노트와 세그먼트)를 NAME이라는 이름과 현재 시각으로 스냅숏을 찍고 FILE을 저장합니다. 종료 코드: 0 성공, 1 FILE을 읽거나 쓸 수 없거나 같은 이름의 스냅숏이 이미 있음, 2 사용법 오류.</translation>
    </message>
    <message>
        <source>the .bmc file</source>
        <translation>.bmc 파일</translation>
    </message>
    <message>
        <source>the snapshot&apos;s name (at most 200 characters)</source>
        <translation>스냅숏 이름 (최대 200자)</translation>
    </message>
    <message>
        <source>{file}: no backup of the previous version: {reason}</source>
        <translation>{file}: 이전 버전을 백업하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>list the bundled templates</source>
        <translation>함께 제공되는 템플릿을 나열합니다</translation>
    </message>
    <message>
        <source>List the bundled templates.</source>
        <translation>함께 제공되는 템플릿을 나열합니다.</translation>
    </message>
    <message>
        <source>check .bmc files</source>
        <translation>.bmc 파일을 검사합니다</translation>
    </message>
    <message>
        <source>Check that .bmc files are valid.</source>
        <translation>.bmc 파일이 올바른지 검사합니다.</translation>
    </message>
    <message>
        <source>the log could not be written</source>
        <translation>로그를 쓸 수 없었습니다</translation>
    </message>
    <message>
        <source>details in {file}</source>
        <translation>자세한 내용: {file}</translation>
    </message>
    <message>
        <source>canvas-editor: unexpected error: {summary} ({where})</source>
        <translation>canvas-editor: 예기치 않은 오류: {summary} ({where})</translation>
    </message>
    <message>
        <source>A Business Model Canvas editor. Commands: {commands}. Run &apos;canvas-editor COMMAND --help&apos; for each.</source>
        <translation>비즈니스 모델 캔버스 편집기입니다. 명령: {commands}. 각 명령의 도움말은 &apos;canvas-editor COMMAND --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>Open the editor window, on FILE if given. Other commands: {commands} (see &apos;canvas-editor COMMAND --help&apos;).</source>
        <translation>편집기 창을 엽니다(FILE을 주면 그 파일로). 다른 명령: {commands} (&apos;canvas-editor COMMAND --help&apos; 참고).</translation>
    </message>
    <message>
        <source>.bmc files to open</source>
        <translation>열 .bmc 파일</translation>
    </message>
    <message>
        <source>open a new canvas from a bundled template</source>
        <translation>함께 제공되는 템플릿으로 새 캔버스를 엽니다</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>버전을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: 오류: {message}</translation>
    </message>
    <message>
        <source>no display to open the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>편집기를 열 디스플레이가 없습니다 (DISPLAY도 WAYLAND_DISPLAY도 설정되지 않음)</translation>
    </message>
    <message>
        <source>cannot reach the X display {display} that DISPLAY names (has its server stopped?)</source>
        <translation>DISPLAY가 가리키는 X 디스플레이 {display}에 연결할 수 없습니다 (서버가 멈췄나요?)</translation>
    </message>
    <message>
        <source>add the editor and .{format} files to the desktop (Linux)</source>
        <translation>편집기와 .{format} 파일을 데스크톱에 추가합니다 (Linux)</translation>
    </message>
    <message>
        <source>Write a menu entry, the .{format} file type and the icons under $XDG_DATA_HOME (default ~/.local/share), so the desktop lists the editor and opens .{format} files in it; prints each file it writes.</source>
        <translation>$XDG_DATA_HOME(기본값 ~/.local/share) 아래에 메뉴 항목, .{format} 파일 형식, 아이콘을 써서 데스크톱이 편집기를 보여 주고 .{format} 파일을 편집기로 열게 합니다. 쓰는 파일마다 경로를 출력합니다.</translation>
    </message>
    <message>
        <source>remove exactly the files it writes</source>
        <translation>이 명령이 쓰는 파일만 정확히 지웁니다</translation>
    </message>
    <message>
        <source>install-desktop is for Linux and other freedesktop desktops</source>
        <translation>install-desktop은 Linux와 다른 freedesktop 데스크톱용입니다</translation>
    </message>
    <message>
        <source>nothing to remove under {folder}</source>
        <translation>{folder} 아래에 지울 것이 없습니다</translation>
    </message>
    <message>
        <source>cannot change {path}: {reason}</source>
        <translation>{path}을(를) 바꿀 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>open a window on a live workshop another machine hosts</source>
        <translation>다른 컴퓨터가 여는 라이브 워크숍에 창으로 참여합니다</translation>
    </message>
    <message>
        <source>Open a co-facilitator&apos;s window on a shared canvas: edits there reach everyone in the workshop. URL is the co-facilitators&apos; link the host shows.</source>
        <translation>공유된 캔버스를 공동 진행자의 창으로 엽니다. 그 창에서 고친 내용은 워크숍의 모든 사람에게 전해집니다. URL은 호스트가 보여 주는 공동 진행자용 링크입니다.</translation>
    </message>
    <message>
        <source>the workshop&apos;s link (http://ADDRESS:PORT/w/ROOM?f=TOKEN)</source>
        <translation>워크숍 링크 (http://ADDRESS:PORT/w/ROOM?f=TOKEN)</translation>
    </message>
    <message>
        <source>copies must be a whole number from 1 to {most}: {value}</source>
        <translation>부수는 1부터 {most}까지의 정수여야 합니다: {value}</translation>
    </message>
    <message>
        <source>pages are a page or a range from 1, such as 3 or 2-5: {value}</source>
        <translation>페이지는 1부터 시작하는 한 페이지나 범위입니다 (예: 3 또는 2-5): {value}</translation>
    </message>
    <message>
        <source>print a canvas (the PDF export&apos;s page) on a printer</source>
        <translation>캔버스(PDF 내보내기의 페이지)를 프린터로 인쇄합니다</translation>
    </message>
    <message>
        <source>Print a canvas: the page of &apos;canvas-editor export&apos; for the paper and orientation, queued on a printer of the print system (CUPS).</source>
        <translation>캔버스를 인쇄합니다: 용지와 방향에 맞춘 &apos;canvas-editor export&apos;의 페이지를 인쇄 시스템(CUPS)의 프린터 대기열에 넣습니다.</translation>
    </message>
    <message>
        <source>the .bmc file to print</source>
        <translation>인쇄할 .bmc 파일</translation>
    </message>
    <message>
        <source>list the printers, the default marked *</source>
        <translation>프린터를 나열합니다 (기본 프린터에는 * 표시)</translation>
    </message>
    <message>
        <source>the printer (default: the print system&apos;s default)</source>
        <translation>프린터 (기본값: 인쇄 시스템의 기본 프린터)</translation>
    </message>
    <message>
        <source>paper size: {sizes} (default: {default})</source>
        <translation>용지 크기: {sizes} (기본값: {default})</translation>
    </message>
    <message>
        <source>landscape page (default)</source>
        <translation>가로 페이지 (기본값)</translation>
    </message>
    <message>
        <source>portrait page</source>
        <translation>세로 페이지</translation>
    </message>
    <message>
        <source>how many copies (default: 1)</source>
        <translation>인쇄 부수 (기본값: 1)</translation>
    </message>
    <message>
        <source>print a large page size over several sheets of PAPER (a poster)</source>
        <translation>큰 페이지를 PAPER 용지 여러 장에 나누어 인쇄합니다 (포스터)</translation>
    </message>
    <message>
        <source>print only these pages of the print, such as 2-5 or 3 (default: all)</source>
        <translation>인쇄물 중 이 페이지만 인쇄합니다 (예: 2-5 또는 3, 기본값: 전체)</translation>
    </message>
    <message>
        <source>--list-printers takes no FILE</source>
        <translation>--list-printers에는 FILE을 주지 않습니다</translation>
    </message>
    <message>
        <source>name the FILE to print (or --list-printers)</source>
        <translation>인쇄할 FILE을 지정하세요 (또는 --list-printers)</translation>
    </message>
    <message>
        <source>{file}: 1 page queued on {printer} as {job}</source>
        <translation>{file}: 1페이지를 {printer}에 {job}(으)로 넣었습니다</translation>
    </message>
    <message>
        <source>{file}: {pages} pages queued on {printer} as {job}</source>
        <translation>{file}: {pages}페이지를 {printer}에 {job}(으)로 넣었습니다</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>인쇄 작업</translation>
    </message>
    <message>
        <source>host a live workshop on FILE without a window</source>
        <translation>창 없이 FILE로 라이브 워크숍을 엽니다</translation>
    </message>
    <message>
        <source>Host a live workshop: participants open the printed URL (or scan the QR code) on the same network and write notes from their browsers; FILE is saved every few seconds and on Ctrl+C.</source>
        <translation>라이브 워크숍을 엽니다: 참가자는 같은 네트워크에서 출력된 URL을 열거나 QR 코드를 스캔해 브라우저에서 노트를 씁니다. FILE은 몇 초마다, 그리고 Ctrl+C를 누를 때 저장됩니다.</translation>
    </message>
    <message>
        <source>the .bmc file to share</source>
        <translation>공유할 .bmc 파일</translation>
    </message>
    <message>
        <source>the address to listen on (default: this machine&apos;s LAN address)</source>
        <translation>받을 주소 (기본값: 이 컴퓨터의 LAN 주소)</translation>
    </message>
    <message>
        <source>the port (default: a free one)</source>
        <translation>포트 (기본값: 비어 있는 포트)</translation>
    </message>
    <message>
        <source>open a new room instead of FILE&apos;s last one</source>
        <translation>FILE의 지난 방 대신 새 방을 엽니다</translation>
    </message>
    <message>
        <source>--port: {port} is not a port (0 to 65535)</source>
        <translation>--port: {port}은(는) 포트가 아닙니다 (0부터 65535까지)</translation>
    </message>
    <message>
        <source>cannot listen on {address}:{port}: {reason}</source>
        <translation>{address}:{port}에서 받을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>the workshop ended; saved {file}</source>
        <translation>워크숍이 끝났습니다. {file}에 저장했습니다</translation>
    </message>
    <message>
        <source>Workshop room {room}: open on a phone or laptop on the same network</source>
        <translation>워크숍 방 {room}: 같은 네트워크의 휴대폰이나 노트북에서 여세요</translation>
    </message>
    <message>
        <source>Co-facilitators: canvas-editor join &apos;{url}&apos;</source>
        <translation>공동 진행자: canvas-editor join &apos;{url}&apos;</translation>
    </message>
    <message>
        <source>Ctrl+C ends the workshop.</source>
        <translation>Ctrl+C를 누르면 워크숍이 끝납니다.</translation>
    </message>
</context>
</TS>
