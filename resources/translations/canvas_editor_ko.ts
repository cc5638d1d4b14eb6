<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
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
        <source>&amp;Keyboard Shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Canvas Editor</source>
        <translation>Canvas Editor 정보(&amp;A)</translation>
    </message>
</context>
</TS>
