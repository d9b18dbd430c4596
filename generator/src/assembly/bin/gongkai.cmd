@echo off
rem gongkai for Windows, installed from a release: runs lib\gongkai.jar with a Java 17+ runtime.
rem   gongkai init [FOLDER], check, build, serve, new ...   (gongkai --help lists them)
rem Runs from any folder: the jar is found from this script's own folder (%~dp0), and every path
rem is quoted, so a release unpacked to "D:\Program Files\gongkai" or a folder with Chinese
rem characters works. Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the first
rem java.exe on PATH. GONGKAI_JAVA_OPTS adds JVM options, e.g. set GONGKAI_JAVA_OPTS=-Xmx1g.
rem Exit codes: gongkai's own (0 ok, 1 content problems, 2 usage, 3 internal error), 9009 (cmd's
rem "not found") without Java.
rem
rem This file is ASCII up to "chcp 65001" and has no BOM (cmd.exe would read a BOM as part of the
rem first command). cmd.exe reads a batch file line by line in the console's code page, so the
rem Chinese messages after chcp 65001 are read as the UTF-8 they are saved in, and gongkai's own
rem output, which is UTF-8, shows as Chinese instead of mojibake. No parenthesised blocks: a path
rem such as "C:\Program Files (x86)\Java" expanded inside one would end it early.
setlocal EnableExtensions DisableDelayedExpansion

rem The console's code page, put back on the way out: chcp prints "Active code page: 936." (or
rem the same in the system's language): the number is the second field, between ":" and ".".
set "GONGKAI_OLD_CP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set /a "GONGKAI_OLD_CP=%%c" >nul 2>&1
if not "%GONGKAI_OLD_CP%"=="65001" chcp 65001 >nul

set "GONGKAI_JAR=%~dp0..\lib\gongkai.jar"
set "GONGKAI_RC=0"

if not defined JAVA_HOME goto java_on_path
set "GONGKAI_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%GONGKAI_JAVA%" goto run
echo gongkai：JAVA_HOME 指向的“%JAVA_HOME%”里没有 bin\java.exe。请把 JAVA_HOME 设为 Java 17 或更新版本的安装目录。 1>&2
echo gongkai: JAVA_HOME is "%JAVA_HOME%", which has no bin\java.exe; set it to a Java 17+ installation. 1>&2
set "GONGKAI_RC=9009"
goto end

:java_on_path
set "GONGKAI_JAVA="
for %%j in (java.exe) do set "GONGKAI_JAVA=%%~$PATH:j"
if defined GONGKAI_JAVA goto run
echo gongkai：找不到 Java。请安装 Java 17 或更新版本，然后设置 JAVA_HOME，或把 java.exe 所在的文件夹加入 PATH。 1>&2
echo gongkai: no Java found; install Java 17 or newer and set JAVA_HOME or put java.exe on PATH. 1>&2
set "GONGKAI_RC=9009"
goto end

:run
rem Quick start for check and build (the JIT's first tier, the serial collector); serve runs for
rem hours, where the defaults pay for themselves (as bin/gongkai and the repository's ./gongkai do).
set "GONGKAI_VM=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="serve" set "GONGKAI_VM="
rem UTF-8 for files, standard output and error, and file names. sun.jnu.encoding=UTF-8 is what
rem Java reads the arguments and the class path with: it is only right when Windows' own (ANSI)
rem code page is UTF-8 too (Settings: "Beta: Use Unicode UTF-8"); on a Chinese Windows that code
rem page is 936 (GBK), and forcing UTF-8 would garble a Chinese folder in --source or in this
rem release's own path, so it is forced only there.
set "GONGKAI_JNU="
for /f "tokens=3" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Nls\CodePage" /v ACP 2^>nul') do if "%%a"=="65001" set "GONGKAI_JNU=-Dsun.jnu.encoding=UTF-8"
"%GONGKAI_JAVA%" %GONGKAI_VM% -Xshare:auto -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %GONGKAI_JNU% %GONGKAI_JAVA_OPTS% -jar "%GONGKAI_JAR%" %*
set "GONGKAI_RC=%ERRORLEVEL%"

:end
if defined GONGKAI_OLD_CP if not "%GONGKAI_OLD_CP%"=="65001" chcp %GONGKAI_OLD_CP% >nul
endlocal & exit /b %GONGKAI_RC%
