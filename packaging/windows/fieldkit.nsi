; FieldKit installer for Windows (NSIS 3, Modern UI 2).
;
; Per-user: installs into %LOCALAPPDATA%\Programs\FieldKit without administrator rights (the
; approach of Anki's launcher installer), adds a Start-menu entry and an entry in "Installed
; apps", and an uninstaller that removes only the files it installed. The user's vaults live
; in %LOCALAPPDATA%\FieldKit (or wherever the user put them): neither an upgrade nor the
; uninstaller ever touches them.
;
; Built by packaging/windows/build.ps1 after PyInstaller:
;   makensis /DVERSION=0.1.0 /DPAYLOAD=dist\fieldkit /DOUTFILE=dist\FieldKit-0.1.0-setup.exe fieldkit.nsi
; CI compiles it on Linux (Debian's nsis) against a stub payload: packaging/linux/ci-check.sh.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "${__FILEDIR__}/../../dist/fieldkit"
!endif
!ifndef OUTFILE
  !define OUTFILE "${__FILEDIR__}/../../dist/FieldKit-${VERSION}-setup.exe"
!endif
!define APP "FieldKit"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\FieldKit"
!define APP_KEY "Software\FieldKit"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\FieldKit"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Apache License 2.0"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${__FILEDIR__}/../icons/fieldkit.ico"
!define MUI_UNICON "${__FILEDIR__}/../icons/fieldkit.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\FieldKitApp.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${__FILEDIR__}/../../LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "Ukrainian"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString VaultsKept ${LANG_ENGLISH} "FieldKit was removed. Your vaults were not touched: they stay in $LOCALAPPDATA\FieldKit (or where you saved them)."
LangString VaultsKept ${LANG_FRENCH} "FieldKit a été désinstallé. Vos coffres n'ont pas été touchés : ils restent dans $LOCALAPPDATA\FieldKit (ou là où vous les avez enregistrés)."
LangString VaultsKept ${LANG_ARABIC} "تمت إزالة FieldKit. لم تُمسّ خزائنك: فهي باقية في $LOCALAPPDATA\FieldKit (أو حيث حفظتها)."
LangString VaultsKept ${LANG_UKRAINIAN} "FieldKit видалено. Ваші сховища не зачеплено: вони лишаються в $LOCALAPPDATA\FieldKit (або там, де ви їх зберегли)."
LangString NotTheVaultFolder ${LANG_ENGLISH} "This folder holds FieldKit vaults. Choose another folder for the program."
LangString NotTheVaultFolder ${LANG_FRENCH} "Ce dossier contient des coffres FieldKit. Choisissez un autre dossier pour le programme."
LangString NotTheVaultFolder ${LANG_ARABIC} "يحتوي هذا المجلد على خزائن FieldKit. اختر مجلدًا آخر للبرنامج."
LangString NotTheVaultFolder ${LANG_UKRAINIAN} "У цій теці є сховища FieldKit. Виберіть іншу теку для програми."
LangString StillRunning ${LANG_ENGLISH} "FieldKit is still open. Close it, then click Retry."
LangString StillRunning ${LANG_FRENCH} "FieldKit est encore ouvert. Fermez-le, puis cliquez sur Réessayer."
LangString StillRunning ${LANG_ARABIC} "لا يزال FieldKit مفتوحًا. أغلقه ثم انقر على إعادة المحاولة."
LangString StillRunning ${LANG_UKRAINIAN} "FieldKit ще відкрито. Закрийте його й натисніть «Повторити»."

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; The program never goes into the vaults' folder: the uninstaller could then be asked to
; delete a folder holding them.
Function .onVerifyInstDir
  StrCmp $INSTDIR "$LOCALAPPDATA\FieldKit" refuse
  IfFileExists "$INSTDIR\vault\vault.json" refuse
  IfFileExists "$INSTDIR\vault.json" refuse
  Return
  refuse:
    Abort
FunctionEnd

!macro RemoveProgramFiles
  ; Only what this installer put there, never the folder's other contents.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\fieldkit.exe"
  Delete "$INSTDIR\FieldKitApp.exe"
  Delete "$INSTDIR\LICENSE"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES"
!macroend

Section "FieldKit" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade: the running program would keep its files locked.
  retry:
    ClearErrors
    Delete "$INSTDIR\FieldKitApp.exe"
    IfErrors 0 +3
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry
      Abort
  !insertmacro RemoveProgramFiles
  File /r "${PAYLOAD}/*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\FieldKit.lnk" "$INSTDIR\FieldKitApp.exe" "" "$INSTDIR\FieldKitApp.exe" 0
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "FieldKit developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\FieldKitApp.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\FieldKit.lnk"
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if now empty
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(VaultsKept)"
SectionEnd
