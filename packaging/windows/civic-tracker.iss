; Inno Setup script: the Windows installer of Civic Tracker, per machine (Program Files, for every user).
; Built by .github/workflows/installers.yml on a Windows runner after PyInstaller has written
; dist\civic-tracker\ (packaging/civic-tracker.spec):
;
;   iscc /DAppVersion=0.1.0 packaging\windows\civic-tracker.iss
;
; -> dist\civic-tracker-0.1.0-setup.exe. Silent install for IT (software deployment, GPO, Intune, SCCM):
;
;   civic-tracker-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP-
;   (add /LOG="C:\path\install.log" for a log; /DIR="D:\Apps\Civic Tracker" for another folder)
;
; and silent removal: "C:\Program Files\Civic Tracker\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Removal deletes only what was installed: each user's data in %LOCALAPPDATA%\CivicTracker stays.
; Not built or tested on the project's own machines (Linux); see docs/packaging.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z civic-tracker.iss
#endif

[Setup]
AppId={{6C3B8E0E-6F0A-4C57-9C7B-2D1B8A3E5F11}
AppName=Civic Tracker
AppVersion={#AppVersion}
AppVerName=Civic Tracker {#AppVersion}
AppPublisher=Civic Tracker
DefaultDirName={autopf}\Civic Tracker
DefaultGroupName=Civic Tracker
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=civic-tracker-{#AppVersion}-setup
SetupIconFile=civic-tracker.ico
UninstallDisplayIcon={app}\civic-tracker.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\civic-tracker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Civic Tracker"; Filename: "{app}\civic-tracker.exe"
Name: "{autodesktop}\Civic Tracker"; Filename: "{app}\civic-tracker.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\civic-tracker.exe"; Description: "{cm:LaunchProgram,Civic Tracker}"; Flags: nowait postinstall skipifsilent
