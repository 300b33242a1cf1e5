<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionLog</name>
    <message>
        <source>Cannot write the action log %1: %2</source>
        <translation>No se puede escribir el registro de acciones %1: %2</translation>
    </message>
    <message>
        <source>success</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>ActionLogDialog</name>
    <message>
        <source>Action log</source>
        <translation>Registro de acciones</translation>
    </message>
    <message>
        <source>Action log file</source>
        <translation>Archivo del registro de acciones</translation>
    </message>
    <message>
        <source>Operations, newest first</source>
        <translation>Operaciones, las más recientes primero</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>ActionLogModel</name>
    <message>
        <source>scan</source>
        <translation>escaneo</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronización</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>export task</source>
        <translation>tarea de exportación</translation>
    </message>
    <message>
        <source>download</source>
        <translation>descarga</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>ID de tarea</translation>
    </message>
</context>
<context>
    <name>BatchExportBaselineTaskRequest</name>
    <message>
        <source>must be between 0 and %1</source>
        <translation>debe estar entre 0 y %1</translation>
    </message>
    <message>
        <source>is required when operate_all is not true</source>
        <translation>es obligatorio cuando operate_all no es true</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>every rule id must have 1 to 200 characters</source>
        <translation>cada id de regla debe tener de 1 a 200 caracteres</translation>
    </message>
    <message>
        <source>%1 is not an image id from the list (a whole number, 0 or more)</source>
        <translation>%1 no es un id de imagen de la lista (un número entero, 0 o mayor)</translation>
    </message>
    <message>
        <source>%1 is not an image id</source>
        <translation>%1 no es un id de imagen</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>tiene más de %n carácter</numerusform>
            <numerusform>tiene más de %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchScanSwrImageRequest</name>
    <message>
        <source>is required when operate_all is not true</source>
        <translation>es obligatorio cuando operate_all no es true</translation>
    </message>
    <message>
        <source>every image needs a namespace, a name and a tag</source>
        <translation>cada imagen necesita un espacio de nombres, un nombre y una etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>holds more than %n image(s)</source>
        <translation>
            <numerusform>contiene más de %n imagen</numerusform>
            <numerusform>contiene más de %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2:%3 is longer than a namespace (%4), name (%5) or tag (%6) may be</source>
        <translation>%1/%2:%3 supera la longitud permitida para un espacio de nombres (%4), un nombre (%5) o una etiqueta (%6)</translation>
    </message>
</context>
<context>
    <name>CallRate</name>
    <message numerus="yes">
        <source>documented limits (%n call(s) a minute per operation)</source>
        <translation>
            <numerusform>límites documentados (%n llamada por minuto por operación)</numerusform>
            <numerusform>límites documentados (%n llamadas por minuto por operación)</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sin límite</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) a second per operation</source>
        <translation>
            <numerusform>%n llamada por segundo por operación</numerusform>
            <numerusform>%n llamadas por segundo por operación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) a minute per operation</source>
        <translation>
            <numerusform>%n llamada por minuto por operación</numerusform>
            <numerusform>%n llamadas por minuto por operación</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of calls must be between 1 and %1</source>
        <translation>el número de llamadas debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>must be documented, unlimited, or a number of calls per minute or second such as 30/min or 2/s</source>
        <translation>debe ser documented, unlimited o un número de llamadas por minuto o por segundo, como 30/min o 2/s</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Custom endpoint, e.g. http://127.0.0.1:8080 for the sandbox (default: from --region).</source>
        <translation>Punto de conexión personalizado, p. ej. http://127.0.0.1:8080 para el sandbox (predeterminado: según --region).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Region id, e.g. cn-north-4 (env HSS_REGION).</source>
        <translation>Id de región, p. ej. cn-north-4 (variable de entorno HSS_REGION).</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>Project id (env CLOUD_SDK_PROJECT_ID).</source>
        <translation>Id de proyecto (variable de entorno CLOUD_SDK_PROJECT_ID).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Enterprise project id, or all_granted_eps for all of them.</source>
        <translation>Id de proyecto empresarial, o all_granted_eps para todos ellos.</translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM) to trust for this call.</source>
        <translation>Certificado de CA adicional (PEM) en el que confiar para esta llamada.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Print the signed request (secrets redacted) and send nothing.</source>
        <translation>Muestra la solicitud firmada (con los secretos ocultos) y no envía nada.</translation>
    </message>
    <message>
        <source>unknown region %1; known regions: %2</source>
        <translation>región desconocida %1; regiones conocidas: %2</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 1 and 3600</source>
        <translation>--timeout debe ser un número de segundos entre 1 y 3600</translation>
    </message>
    <message>
        <source>no PEM certificate could be read from %1</source>
        <translation>no se pudo leer ningún certificado PEM de %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Saved profile to use (env HSS_PROFILE); see &apos;profile list&apos;.</source>
        <translation>Perfil guardado que se usará (variable de entorno HSS_PROFILE); consulte &apos;profile list&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>say where to send the request: --profile NAME, --region REGION or --endpoint URL</source>
        <translation>indique adónde enviar la solicitud: --profile NAME, --region REGION o --endpoint URL</translation>
    </message>
    <message>
        <source> (credentials come from --profile, or from CLOUD_SDK_AK and CLOUD_SDK_SK, plus CLOUD_SDK_SECURITY_TOKEN for temporary keys, or HSS_AUTH_TOKEN)</source>
        <translation> (las credenciales proceden de --profile, o de CLOUD_SDK_AK y CLOUD_SDK_SK, más CLOUD_SDK_SECURITY_TOKEN para claves temporales, o de HSS_AUTH_TOKEN)</translation>
    </message>
    <message>
        <source>Seconds a request may take in all, and may go without data (default 60; downloads: idle only).</source>
        <translation>Segundos que una solicitud puede durar en total y pasar sin recibir datos (predeterminado: 60; descargas: solo el tiempo sin datos).</translation>
    </message>
    <message numerus="yes">
        <source>waiting for the call budget: next %1 call in %n s</source>
        <translation>
            <numerusform>esperando el presupuesto de llamadas: la próxima llamada a %1 en %n s</numerusform>
            <numerusform>esperando el presupuesto de llamadas: la próxima llamada a %1 en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>How often each API operation may be called: documented (5 a minute, the service&apos;s limit for one user), N/min, N/s or unlimited (env HSS_CALL_RATE; default: the profile&apos;s, else documented, or unlimited for an endpoint on this machine).</source>
        <translation>Con qué frecuencia puede llamarse cada operación de la API: documented (5 por minuto, el límite del servicio para un usuario), N/min, N/s o unlimited (variable HSS_CALL_RATE; por defecto: la del perfil; si no, documented, o unlimited para un endpoint en esta máquina).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>--rate %1</source>
        <translation>--rate %1</translation>
    </message>
</context>
<context>
    <name>ClientConfigLoader</name>
    <message>
        <source>No keychain is set up for loading profiles.</source>
        <translation>No hay ningún llavero configurado para cargar perfiles.</translation>
    </message>
</context>
<context>
    <name>CreateImageSynchronizeTaskRequest</name>
    <message>
        <source>is required when sync_all_registries is false</source>
        <translation>es obligatorio cuando sync_all_registries es false</translation>
    </message>
    <message>
        <source>every registry needs an id and a type of %1</source>
        <translation>cada repositorio necesita un id y un tipo de entre %1</translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>No secret could be read.</source>
        <translation>No se pudo leer ningún secreto.</translation>
    </message>
    <message>
        <source>Only part of the change reached the keychain; nothing was stored anywhere else.</source>
        <translation>Solo una parte del cambio llegó al llavero; no se guardó nada en ningún otro lugar.</translation>
    </message>
    <message>
        <source>No Secret Service keyring is available (%1): start gnome-keyring or KWallet, or log in to a desktop session. %2</source>
        <translation>No hay ningún llavero de Secret Service disponible (%1): inicie gnome-keyring o KWallet, o inicie sesión en un escritorio. %2</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access (%1): unlock it (for example by logging in again or with Seahorse) and try again. %2</source>
        <translation>El llavero está bloqueado o denegó el acceso (%1): desbloquéelo (por ejemplo, volviendo a iniciar sesión o con Seahorse) e inténtelo de nuevo. %2</translation>
    </message>
    <message>
        <source>The keychain failed: %1. %2</source>
        <translation>Error del llavero: %1. %2</translation>
    </message>
    <message>
        <source>there is no unlocked default keyring</source>
        <translation>no hay ningún llavero predeterminado desbloqueado</translation>
    </message>
    <message>
        <source>the default keyring cannot be opened: %1</source>
        <translation>no se puede abrir el llavero predeterminado: %1</translation>
    </message>
    <message>
        <source>the default keyring is locked</source>
        <translation>el llavero predeterminado está bloqueado</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the keyring within %n second(s) (it is locked or waiting for a password prompt): unlock it and try again. %1</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo (está bloqueado o esperando una contraseña): desbloquéelo e inténtelo de nuevo. %1</numerusform>
            <numerusform>El llavero no respondió en %n segundos (está bloqueado o esperando una contraseña): desbloquéelo e inténtelo de nuevo. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadCommand</name>
    <message>
        <source>Download an exported file (ListDownloadExportedFile).</source>
        <translation>Descarga un archivo exportado (ListDownloadExportedFile).</translation>
    </message>
    <message>
        <source>The file_id of a finished export task.</source>
        <translation>El file_id de una tarea de exportación finalizada.</translation>
    </message>
    <message>
        <source>File to write, or a folder to write hss-export-FILE_ID.zip into.</source>
        <translation>Archivo que se escribirá, o carpeta en la que se escribirá hss-export-FILE_ID.zip.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Replace the file if it exists (a symbolic link is never followed).</source>
        <translation>Reemplaza el archivo si existe (nunca se sigue un enlace simbólico).</translation>
    </message>
    <message>
        <source>usage: download FILE_ID -o PATH [--force]</source>
        <translation>uso: download FILE_ID -o PATH [--force]</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 ya existe; indique --force para reemplazarlo</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>downloaded %1 of %2, %3/s</source>
        <translation>descargado %1 de %2, %3/s</translation>
    </message>
    <message>
        <source>downloaded %1, %2/s</source>
        <translation>descargado %1, %2/s</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export image baseline-check results (BatchExportBaselineTask): the images with the given list ids, or with --all every image matching the filters.</source>
        <translation>Exporta los resultados de la verificación de línea base de imágenes (BatchExportBaselineTask): las imágenes con los ids de lista indicados o, con --all, todas las imágenes que coinciden con los filtros.</translation>
    </message>
    <message>
        <source>What to export: baseline.</source>
        <translation>Qué exportar: baseline.</translation>
    </message>
    <message>
        <source>Image id from the list&apos;s id column (repeatable).</source>
        <translation>Id de imagen de la columna id de la lista (se puede repetir).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Export every image matching the filters (operate_all).</source>
        <translation>Exporta todas las imágenes que coinciden con los filtros (operate_all).</translation>
    </message>
    <message>
        <source>Number of records to export, 0 to 2147483647 (default: the ids given, or the matching count).</source>
        <translation>Número de registros que se exportarán, de 0 a 2147483647 (predeterminado: los ids indicados o el número de coincidencias).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Follow the export task until it finishes.</source>
        <translation>Sigue la tarea de exportación hasta que termine.</translation>
    </message>
    <message>
        <source>Download the result into this folder (implies --wait).</source>
        <translation>Descarga el resultado en esta carpeta (implica --wait).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Seconds between task polls (default 5).</source>
        <translation>Segundos entre consultas de la tarea (predeterminado: 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>usage: export baseline (--id ID... | --all [filters]) [options]</source>
        <translation>uso: export baseline (--id ID... | --all [filters]) [options]</translation>
    </message>
    <message>
        <source>give either --id (one or more) or --all with filters</source>
        <translation>indique --id (uno o más) o --all con filtros</translation>
    </message>
    <message>
        <source>--download %1 is not a folder</source>
        <translation>--download %1 no es una carpeta</translation>
    </message>
    <message>
        <source>--export-size takes a whole number</source>
        <translation>--export-size admite un número entero</translation>
    </message>
    <message>
        <source>the matching images of type %1 cannot be counted; give --export-size</source>
        <translation>no se pueden contar las imágenes coincidentes de tipo %1; indique --export-size</translation>
    </message>
    <message>
        <source>task %1: %2 (%3 s)</source>
        <translation>tarea %1: %2 (%3 s)</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>tarea %1: %2</translation>
    </message>
    <message>
        <source>poll failed, trying again in %1 s: %2</source>
        <translation>la consulta falló, se reintentará en %1 s: %2</translation>
    </message>
    <message>
        <source>--poll-interval takes seconds, more than 0 and at most 3600</source>
        <translation>--poll-interval admite segundos, más de 0 y como máximo 3600</translation>
    </message>
    <message>
        <source>--wait-timeout takes minutes, more than 0 and at most 1440</source>
        <translation>--wait-timeout admite minutos, más de 0 y como máximo 1440</translation>
    </message>
    <message>
        <source>(dry run: the export size would be the number of matching images; shown as 0)</source>
        <translation>(simulación: el tamaño de exportación sería el número de imágenes coincidentes; se muestra como 0)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) match; that is the export size</source>
        <translation>
            <numerusform>%n imagen coincide; ese es el tamaño de exportación</numerusform>
            <numerusform>%n imágenes coinciden; ese es el tamaño de exportación</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes to follow a task before giving up (default 30).</source>
        <translation>Minutos que se sigue una tarea antes de abandonarla (predeterminado: 30).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Earlier export tasks could not be read: %1</source>
        <translation>No se pudieron leer las tareas de exportación anteriores: %1</translation>
    </message>
    <message>
        <source>The export was not sent: the call limit is reached</source>
        <translation>La exportación no se envió: se alcanzó el límite de llamadas</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export baseline results</source>
        <translation>Exportar resultados de línea base</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Export the selected images</source>
        <translation>Exportar las imágenes seleccionadas</translation>
    </message>
    <message>
        <source>Selected images</source>
        <translation>Imágenes seleccionadas</translation>
    </message>
    <message>
        <source>Export all images matching the filters</source>
        <translation>Exportar todas las imágenes que coinciden con los filtros</translation>
    </message>
    <message>
        <source>All images matching the current filters</source>
        <translation>Todas las imágenes que coinciden con los filtros actuales</translation>
    </message>
    <message>
        <source>Filters only this export has</source>
        <translation>Filtros exclusivos de esta exportación</translation>
    </message>
    <message>
        <source>Image &amp;type:</source>
        <translation>&amp;Tipo de imagen:</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Tipo de imagen</translation>
    </message>
    <message>
        <source>&amp;Risky:</source>
        <translation>Con &amp;riesgo:</translation>
    </message>
    <message>
        <source>Risky images only</source>
        <translation>Solo imágenes con riesgo</translation>
    </message>
    <message>
        <source>&amp;Severity level:</source>
        <translation>Nivel de &amp;gravedad:</translation>
    </message>
    <message>
        <source>Severity level</source>
        <translation>Nivel de gravedad</translation>
    </message>
    <message>
        <source>Has &amp;container:</source>
        <translation>Con &amp;contenedor:</translation>
    </message>
    <message>
        <source>Has a running container</source>
        <translation>Tiene un contenedor en ejecución</translation>
    </message>
    <message>
        <source>CI/CD &amp;name:</source>
        <translation>&amp;Nombre de CI/CD:</translation>
    </message>
    <message>
        <source>CI/CD name</source>
        <translation>Nombre de CI/CD</translation>
    </message>
    <message>
        <source>Build command risk &amp;level:</source>
        <translation>N&amp;ivel de riesgo del comando de compilación:</translation>
    </message>
    <message>
        <source>Build command risk level</source>
        <translation>Nivel de riesgo del comando de compilación</translation>
    </message>
    <message>
        <source>Build command risk na&amp;me:</source>
        <translation>Nombre del riesgo del co&amp;mando de compilación:</translation>
    </message>
    <message>
        <source>Build command risk name</source>
        <translation>Nombre del riesgo del comando de compilación</translation>
    </message>
    <message>
        <source>Build command r&amp;ule ids:</source>
        <translation>Ids de reg&amp;las del comando de compilación:</translation>
    </message>
    <message>
        <source>Build command rule ids, separated by commas</source>
        <translation>Ids de reglas del comando de compilación, separados por comas</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <source>Export &amp;size (records):</source>
        <translation>Tamaño de e&amp;xportación (registros):</translation>
    </message>
    <message>
        <source>Export size in records</source>
        <translation>Tamaño de exportación en registros</translation>
    </message>
    <message>
        <source>Summary of what will be exported</source>
        <translation>Resumen de lo que se exportará</translation>
    </message>
    <message>
        <source>Problems with the values entered</source>
        <translation>Problemas con los valores introducidos</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>debe ser un número entero de 0 a %1</translation>
    </message>
    <message>
        <source>Records to export:</source>
        <translation>Registros a exportar:</translation>
    </message>
    <message>
        <source>Number of records the service will export</source>
        <translation>Número de registros que exportará el servicio</translation>
    </message>
    <message numerus="yes">
        <source>a rule id is longer than %n character(s)</source>
        <translation>
            <numerusform>un id de regla tiene más de %n carácter</numerusform>
            <numerusform>un id de regla tiene más de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>the local image %1 has no image_id; refresh the list</source>
        <translation>la imagen local %1 no tiene image_id; actualice la lista</translation>
    </message>
    <message>
        <source>is not known yet: the records are still being counted; wait or type a size</source>
        <translation>aún no se conoce: se están contando los registros; espere o escriba un tamaño</translation>
    </message>
    <message>
        <source>Will export: %1; %2: %3.</source>
        <translation>Se exportará: %1; %2: %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not counted; type the export size</source>
        <translation>sin contar; escriba el tamaño de exportación</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>unknown (%1); type the export size</source>
        <translation>desconocido (%1); escriba el tamaño de exportación</translation>
    </message>
    <message>
        <source>Sending the export…</source>
        <translation>Enviando la exportación…</translation>
    </message>
    <message>
        <source>No answer came, so the export may or may not have started: %1
Check the export tasks and the action log before pressing Export again.</source>
        <translation>No llegó ninguna respuesta, así que la exportación puede haberse iniciado o no: %1
Compruebe las tareas de exportación y el registro de acciones antes de volver a pulsar Exportar.</translation>
    </message>
    <message>
        <source>The export was not started: %1</source>
        <translation>La exportación no se inició: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected image(s)</source>
        <translation>
            <numerusform>%Ln imagen seleccionada</numerusform>
            <numerusform>Las %Ln imágenes seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln image(s) matching the current filters</source>
        <translation>
            <numerusform>%Ln imagen que coincide con los filtros actuales</numerusform>
            <numerusform>Las %Ln imágenes que coinciden con los filtros actuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>no filters</source>
        <translation>sin filtros</translation>
    </message>
    <message>
        <source>all images matching: %1</source>
        <translation>todas las imágenes que coinciden con: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n imagen seleccionada</numerusform>
            <numerusform>%n imágenes seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTaskManager</name>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message numerus="yes">
        <source>accepted: %n record(s)</source>
        <translation>
            <numerusform>aceptada: %n registro</numerusform>
            <numerusform>aceptada: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer followed: %1</source>
        <translation>ya no se sigue: %1</translation>
    </message>
    <message>
        <source>The export task failed</source>
        <translation>La tarea de exportación falló</translation>
    </message>
    <message>
        <source>success</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failure: %1</source>
        <translation>fallo: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>guardado en %1</translation>
    </message>
    <message>
        <source>The service accepted the export but returned no task id to follow</source>
        <translation>El servicio aceptó la exportación pero no devolvió ningún ID de tarea que seguir</translation>
    </message>
    <message>
        <source>is %1, not the current %2; switch to %1 to download this task</source>
        <translation>es %1, no el actual %2; cambie a %1 para descargar esta tarea</translation>
    </message>
</context>
<context>
    <name>ExportTaskStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a task list (%2); it was kept as %3</source>
        <translation>%1 no es una lista de tareas (%2); se conservó como %3</translation>
    </message>
    <message>
        <source>%1 is not a task list (%2) and could not be moved aside; new tasks will not be remembered</source>
        <translation>%1 no es una lista de tareas (%2) y no se pudo apartar; las tareas nuevas no se recordarán</translation>
    </message>
</context>
<context>
    <name>ExportTaskWatcher</name>
    <message>
        <source>The export task %1 ended in failure</source>
        <translation>La tarea de exportación %1 terminó con error</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>The export task %1 was still %2 after %3; it was no longer followed</source>
        <translation>La tarea de exportación %1 seguía %2 después de %3; se dejó de seguir</translation>
    </message>
    <message>
        <source>without a status</source>
        <translation>sin estado</translation>
    </message>
</context>
<context>
    <name>ExportTasksModel</name>
    <message>
        <source>downloading %1%</source>
        <translation>descargando %1%</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>ID de tarea</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>Succeeded, downloaded</source>
        <translation>Correcta, descargada</translation>
    </message>
    <message>
        <source>downloading %1%, %2/s</source>
        <translation>descargando %1 %, %2/s</translation>
    </message>
</context>
<context>
    <name>ExportTasksPanel</name>
    <message>
        <source>Export tasks</source>
        <translation>Tareas de exportación</translation>
    </message>
    <message>
        <source>Save exports in</source>
        <translation>Guardar exportaciones en</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? Choose No to keep both files.</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo? Elija No para conservar ambos archivos.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>Export task actions</source>
        <translation>Acciones de la tarea de exportación</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Abrir &amp;archivo</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Show result</source>
        <translation>&amp;Mostrar resultado</translation>
    </message>
    <message>
        <source>Download folder…</source>
        <translation>Carpeta de descargas…</translation>
    </message>
    <message>
        <source>Saving to %1</source>
        <translation>Guardando en %1</translation>
    </message>
    <message>
        <source>Export not started</source>
        <translation>La exportación no se inició</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación finalizada</translation>
    </message>
    <message>
        <source>Export task %1 (%2) succeeded.</source>
        <translation>La tarea de exportación %1 (%2) se completó correctamente.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <source>Export task %1 failed: %2</source>
        <translation>La tarea de exportación %1 falló: %2</translation>
    </message>
    <message>
        <source>Export not followed</source>
        <translation>Exportación sin seguimiento</translation>
    </message>
    <message>
        <source>Stopped following export task %1: %2</source>
        <translation>Se dejó de seguir la tarea de exportación %1: %2</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Error de descarga</translation>
    </message>
    <message>
        <source>Export %1 was not saved: %2</source>
        <translation>La exportación %1 no se guardó: %2</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>Exportación guardada</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Export may have been started</source>
        <translation>La exportación puede haberse iniciado</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Image type: %1.</source>
        <translation>Tipo de imagen: %1.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Namespace (SWR organisation).</source>
        <translation>Espacio de nombres (organización de SWR).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Image name.</source>
        <translation>Nombre de la imagen.</translation>
    </message>
    <message>
        <source>Image tag.</source>
        <translation>Etiqueta de la imagen.</translation>
    </message>
    <message>
        <source>Scan status: %1.</source>
        <translation>Estado del escaneo: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>SWR enterprise instance name.</source>
        <translation>Nombre de la instancia empresarial de SWR.</translation>
    </message>
    <message>
        <source>SWR enterprise instance id.</source>
        <translation>Id de la instancia empresarial de SWR.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only the latest version of each image: true or false.</source>
        <translation>Solo la versión más reciente de cada imagen: true o false.</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>bool</translation>
    </message>
    <message>
        <source>Image size in bytes, or with a unit: 512K, 20M, 1G.</source>
        <translation>Tamaño de la imagen en bytes, o con una unidad: 512K, 20M, 1G.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>Has malicious files: true or false.</source>
        <translation>Tiene archivos maliciosos: true o false.</translation>
    </message>
    <message>
        <source>Has unsafe settings (baseline failures): true or false.</source>
        <translation>Tiene configuraciones inseguras (errores de línea base): true o false.</translation>
    </message>
    <message>
        <source>Has vulnerabilities: true or false.</source>
        <translation>Tiene vulnerabilidades: true o false.</translation>
    </message>
    <message>
        <source>Time as epoch milliseconds or ISO 8601, e.g. 2026-01-31T12:00:00Z.</source>
        <translation>Fecha y hora en milisegundos desde epoch o en ISO 8601, p. ej. 2026-01-31T12:00:00Z.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Vulnerability type: %1.</source>
        <translation>Tipo de vulnerabilidad: %1.</translation>
    </message>
    <message>
        <source>Image id (local and CI/CD images).</source>
        <translation>Id de imagen (imágenes locales y de CI/CD).</translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation>Gravedad: %1.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>Only risky images: true or false.</source>
        <translation>Solo imágenes con riesgo: true o false.</translation>
    </message>
    <message>
        <source>Only images with containers: true or false.</source>
        <translation>Solo imágenes con contenedores: true o false.</translation>
    </message>
    <message>
        <source>CI/CD name.</source>
        <translation>Nombre de CI/CD.</translation>
    </message>
    <message>
        <source>Build command risk level: %1.</source>
        <translation>Nivel de riesgo del comando de compilación: %1.</translation>
    </message>
    <message>
        <source>Build command risk name.</source>
        <translation>Nombre del riesgo del comando de compilación.</translation>
    </message>
    <message>
        <source>Build command rule id (repeatable).</source>
        <translation>Id de regla del comando de compilación (se puede repetir).</translation>
    </message>
    <message>
        <source>Vulnerability id (repeatable).</source>
        <translation>Id de vulnerabilidad (se puede repetir).</translation>
    </message>
    <message>
        <source>--%1 takes true or false</source>
        <translation>--%1 admite true o false</translation>
    </message>
    <message>
        <source>--image-size takes a number of bytes, optionally with K, M or G</source>
        <translation>--image-size admite un número de bytes, opcionalmente con K, M o G</translation>
    </message>
    <message>
        <source>--%1 takes epoch milliseconds or an ISO 8601 date-time</source>
        <translation>--%1 admite milisegundos desde epoch o una fecha y hora ISO 8601</translation>
    </message>
</context>
<context>
    <name>HssClient</name>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation>debe ser una dirección http:// o https://</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>are incomplete for the chosen authentication mode</source>
        <translation>están incompletas para el modo de autenticación elegido</translation>
    </message>
    <message>
        <source>must be a plain host name or address, without user name or &quot;..&quot;</source>
        <translation>debe ser un nombre de host o una dirección simple, sin nombre de usuario ni &quot;..&quot;</translation>
    </message>
    <message>
        <source>must be 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and not &quot;.&quot; or &quot;..&quot;</source>
        <translation>debe tener de 1 a %1 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y no ser &quot;.&quot; ni &quot;..&quot;</translation>
    </message>
    <message>
        <source>must be 1 to %1 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>debe tener de 1 a %1 letras, dígitos, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>is required by this call; the profile has a custom endpoint without a region</source>
        <translation>es obligatorio para esta llamada; el perfil tiene un punto de conexión personalizado sin región</translation>
    </message>
    <message>
        <source>must be a word of capital letters, like GET or POST</source>
        <translation>debe ser una palabra en mayúsculas, como GET o POST</translation>
    </message>
    <message>
        <source>%1 has a character a header cannot carry (a line break or another control character, or a space or separator in the name)</source>
        <translation>%1 tiene un carácter que un encabezado no puede llevar (un salto de línea u otro carácter de control, o un espacio o separador en el nombre)</translation>
    </message>
</context>
<context>
    <name>HssError</name>
    <message>
        <source>Invalid input: %1</source>
        <translation>Entrada no válida: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <translation>%1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>[request id %1]</source>
        <translation>[id de solicitud %1]</translation>
    </message>
    <message>
        <source>the service answered with HTTP status %1 and no explanation</source>
        <translation>el servicio respondió con el estado HTTP %1 y sin explicación</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted or the TLS handshake was refused</source>
        <translation>La conexión segura falló: el certificado del servidor no es de confianza o se rechazó el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>The endpoint refused the connection; check the endpoint address and port</source>
        <translation>El punto de conexión rechazó la conexión; compruebe la dirección y el puerto del punto de conexión</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved; check the region or endpoint and the network</source>
        <translation>No se pudo resolver el nombre de host del punto de conexión; compruebe la región o el punto de conexión y la red</translation>
    </message>
    <message>
        <source>The server closed the connection before answering</source>
        <translation>El servidor cerró la conexión antes de responder</translation>
    </message>
    <message>
        <source>The proxy could not be used; check the proxy settings</source>
        <translation>No se pudo usar el proxy; compruebe la configuración del proxy</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>Se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>The request may have been sent; check before retrying (%1)</source>
        <translation>Puede que la solicitud se haya enviado; compruébelo antes de reintentar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The service refused the call because too many calls were made (throttled, %1); nothing was done. Try again in %n second(s).</source>
        <translation>
            <numerusform>El servicio rechazó la llamada porque se hicieron demasiadas llamadas (limitación, %1); no se hizo nada. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>El servicio rechazó la llamada porque se hicieron demasiadas llamadas (limitación, %1); no se hizo nada. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HssReply</name>
    <message>
        <source>The download could not be written to %1: %2</source>
        <translation>No se pudo escribir la descarga en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>No data arrived for %n second(s); the request was given up</source>
        <translation>
            <numerusform>No llegaron datos durante %n segundo; se abandonó la solicitud</numerusform>
            <numerusform>No llegaron datos durante %n segundos; se abandonó la solicitud</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete</source>
        <translation>La respuesta se cortó antes de estar completa</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1 (redirects are not followed)</source>
        <translation>Estado HTTP inesperado %1 (no se siguen las redirecciones)</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not the JSON object the API promises</source>
        <translation>La respuesta del servicio no es el objeto JSON que promete la API</translation>
    </message>
    <message>
        <source>The synchronisation reported a failure without a description</source>
        <translation>La sincronización informó de un error sin descripción</translation>
    </message>
    <message>
        <source>The download could not be saved to %1: %2</source>
        <translation>No se pudo guardar la descarga en %1: %2</translation>
    </message>
    <message>
        <source>The answer is larger than %1 and was not read to the end</source>
        <translation>La respuesta supera %1 y no se leyó hasta el final</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; downloads are never written through one</source>
        <translation>%1 es un enlace simbólico; las descargas nunca se escriben a través de uno</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file</source>
        <translation>%1 existe y no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 already exists; it is only replaced when asked to</source>
        <translation>%1 ya existe; solo se reemplaza si se pide</translation>
    </message>
    <message numerus="yes">
        <source>The request did not complete within %n second(s) and was given up</source>
        <translation>
            <numerusform>La solicitud no se completó en %n segundo y se abandonó</numerusform>
            <numerusform>La solicitud no se completó en %n segundos y se abandonó</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was cut off after %1 of %2</source>
        <translation>La descarga se cortó tras %1 de %2</translation>
    </message>
    <message>
        <source>Bad response: %1 %2</source>
        <translation>Respuesta no válida: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(y %n problema más)</numerusform>
            <numerusform>(y %n problemas más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageBrowser</name>
    <message>
        <source>Loading canceled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <source>The image list could not be loaded</source>
        <translation>No se pudo cargar la lista de imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionada</numerusform>
            <numerusform>%Ln seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln image(s) shown</source>
        <translation>
            <numerusform>Mostradas: %L1 de %Ln imagen</numerusform>
            <numerusform>Mostradas: %L1 de %Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) shown</source>
        <translation>
            <numerusform>%Ln imagen mostrada</numerusform>
            <numerusform>%Ln imágenes mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No images match the quick filter &quot;%1&quot;</source>
        <translation>Ninguna imagen coincide con el filtro rápido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No images match these filters</source>
        <translation>Ninguna imagen coincide con estos filtros</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next page in %n s — about %1 left</source>
        <translation>
            <numerusform>Siguiente página en %n s; quedan unos %1</numerusform>
            <numerusform>Siguiente página en %n s; quedan unos %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFilter</name>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>must be a time between 1970 and 2099 in epoch milliseconds</source>
        <translation>debe ser una fecha entre 1970 y 2099 en milisegundos desde epoch</translation>
    </message>
    <message>
        <source>must not be before the start time</source>
        <translation>no debe ser anterior a la hora de inicio</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>debe estar entre 0 y %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>tiene más de %n carácter</numerusform>
            <numerusform>tiene más de %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be between 0 and %n byte(s)</source>
        <translation>
            <numerusform>debe estar entre 0 y %n byte</numerusform>
            <numerusform>debe estar entre 0 y %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFilterForm</name>
    <message>
        <source>Image filters</source>
        <translation>Filtros de imágenes</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Tipo de imagen</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>Espacio de &amp;nombres:</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Image na&amp;me:</source>
        <translation>Nom&amp;bre de la imagen:</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Nombre de la imagen</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>Tag (image version)</source>
        <translation>Etiqueta (versión de la imagen)</translation>
    </message>
    <message>
        <source>Scan stat&amp;us:</source>
        <translation>Estad&amp;o del escaneo:</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Estado del escaneo</translation>
    </message>
    <message>
        <source>Latest version only</source>
        <translation>Solo la versión más reciente</translation>
    </message>
    <message>
        <source>Latest version of each image onl&amp;y</source>
        <translation>So&amp;lo la versión más reciente de cada imagen</translation>
    </message>
    <message>
        <source>Enterprise instance:</source>
        <translation>Instancia empresarial:</translation>
    </message>
    <message>
        <source>Enterprise instance name</source>
        <translation>Nombre de la instancia empresarial</translation>
    </message>
    <message>
        <source>Instance I&amp;D:</source>
        <translation>I&amp;D de instancia:</translation>
    </message>
    <message>
        <source>Enterprise instance ID</source>
        <translation>ID de la instancia empresarial</translation>
    </message>
    <message>
        <source>Image si&amp;ze:</source>
        <translation>Tamaño de la i&amp;magen:</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamaño de la imagen</translation>
    </message>
    <message>
        <source>Image size unit</source>
        <translation>Unidad del tamaño de la imagen</translation>
    </message>
    <message>
        <source>Updated from enabled</source>
        <translation>Activar «Actualizada desde»</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Actualizada desde</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>Updated until enabled</source>
        <translation>Activar «Actualizada hasta»</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>Actualizada hasta</translation>
    </message>
    <message>
        <source>Scanned from enabled</source>
        <translation>Activar «Escaneada desde»</translation>
    </message>
    <message>
        <source>Scanned from</source>
        <translation>Escaneada desde</translation>
    </message>
    <message>
        <source>Scanned until enabled</source>
        <translation>Activar «Escaneada hasta»</translation>
    </message>
    <message>
        <source>Scanned until</source>
        <translation>Escaneada hasta</translation>
    </message>
    <message>
        <source>Has vulnerabilities</source>
        <translation>Con vulnerabilidades</translation>
    </message>
    <message>
        <source>Has mali&amp;cious files:</source>
        <translation>Con archivos mali&amp;ciosos:</translation>
    </message>
    <message>
        <source>Has malicious files</source>
        <translation>Con archivos maliciosos</translation>
    </message>
    <message>
        <source>Has unsafe setting&amp;s:</source>
        <translation>Con configuraciones in&amp;seguras:</translation>
    </message>
    <message>
        <source>Has unsafe settings</source>
        <translation>Con configuraciones inseguras</translation>
    </message>
    <message>
        <source>Filter errors</source>
        <translation>Errores en los filtros</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer los filtros</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Aplicar los filtros</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Image size; 1 KB = 1024 bytes</source>
        <translation>Tamaño de la imagen; 1 KB = 1024 bytes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Only for enterprise instance images</source>
        <translation>Solo para imágenes de instancia empresarial</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Image ty&amp;pe:</source>
        <translation>&amp;Tipo de imagen:</translation>
    </message>
    <message>
        <source>Has vu&amp;lnerabilities:</source>
        <translation>Con &amp;vulnerabilidades:</translation>
    </message>
    <message>
        <source>must be between 0 and %1 %2</source>
        <translation>debe estar entre 0 y %1 %2</translation>
    </message>
</context>
<context>
    <name>ImageInventory</name>
    <message>
        <source>The image inventory needs the Qt SQLite driver, which is not installed.</source>
        <translation>El inventario de imágenes necesita el controlador SQLite de Qt, que no está instalado.</translation>
    </message>
    <message>
        <source>The folder of the image inventory %1 could not be created.</source>
        <translation>No se pudo crear la carpeta del inventario de imágenes %1.</translation>
    </message>
    <message>
        <source>The image inventory %1 could not be written: %2</source>
        <translation>No se pudo escribir el inventario de imágenes %1: %2</translation>
    </message>
    <message>
        <source>The image inventory %1 could not be opened: %2</source>
        <translation>No se pudo abrir el inventario de imágenes %1: %2</translation>
    </message>
    <message>
        <source>The image inventory %1 is unusable and could not be moved aside.</source>
        <translation>El inventario de imágenes %1 no se puede usar y no se pudo apartar.</translation>
    </message>
    <message>
        <source>The image inventory file %1 belongs to another program. It was moved to %2 and a new inventory started.</source>
        <translation>El archivo de inventario de imágenes %1 pertenece a otro programa. Se movió a %2 y se empezó un inventario nuevo.</translation>
    </message>
    <message>
        <source>The image inventory file %1 was written by a newer version of this program. It was moved to %2 and a new inventory started.</source>
        <translation>El archivo de inventario de imágenes %1 lo escribió una versión más reciente de este programa. Se movió a %2 y se empezó un inventario nuevo.</translation>
    </message>
    <message>
        <source>The image inventory file %1 is damaged. It was moved to %2 and a new inventory started.</source>
        <translation>El archivo de inventario de imágenes %1 está dañado. Se movió a %2 y se empezó un inventario nuevo.</translation>
    </message>
</context>
<context>
    <name>ImageLabels</name>
    <message>
        <source>Private images (SWR)</source>
        <translation>Imágenes privadas (SWR)</translation>
    </message>
    <message>
        <source>Shared images (SWR)</source>
        <translation>Imágenes compartidas (SWR)</translation>
    </message>
    <message>
        <source>Local images</source>
        <translation>Imágenes locales</translation>
    </message>
    <message>
        <source>Enterprise instance images (SWR)</source>
        <translation>Imágenes de instancia empresarial (SWR)</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Sin escanear</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Escaneada</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Escaneando</translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation>Error de escaneo</translation>
    </message>
    <message>
        <source>Waiting for scan</source>
        <translation>En espera de escaneo</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Error de descarga</translation>
    </message>
    <message>
        <source>Image too large</source>
        <translation>Imagen demasiado grande</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>Authentication to the registry failed</source>
        <translation>Falló la autenticación en el repositorio de imágenes</translation>
    </message>
    <message>
        <source>The image could not be downloaded</source>
        <translation>No se pudo descargar la imagen</translation>
    </message>
    <message>
        <source>The image is too large to scan</source>
        <translation>La imagen es demasiado grande para escanearla</translation>
    </message>
    <message>
        <source>The vulnerability scan failed</source>
        <translation>Falló el escaneo de vulnerabilidades</translation>
    </message>
    <message>
        <source>The file scan failed</source>
        <translation>Falló el escaneo de archivos</translation>
    </message>
    <message>
        <source>The software scan failed</source>
        <translation>Falló el escaneo de software</translation>
    </message>
    <message>
        <source>The sensitive-information check failed</source>
        <translation>Falló la comprobación de información confidencial</translation>
    </message>
    <message>
        <source>The baseline check failed</source>
        <translation>Falló la verificación de línea base</translation>
    </message>
    <message>
        <source>The software compliance check failed</source>
        <translation>Falló la comprobación de cumplimiento del software</translation>
    </message>
    <message>
        <source>Basic image information could not be read</source>
        <translation>No se pudo leer la información básica de la imagen</translation>
    </message>
    <message>
        <source>The scanner did not answer in time</source>
        <translation>El escáner no respondió a tiempo</translation>
    </message>
    <message>
        <source>The scanner&apos;s database failed</source>
        <translation>Falló la base de datos del escáner</translation>
    </message>
    <message>
        <source>The scan request could not be sent to the scanner</source>
        <translation>No se pudo enviar la solicitud de escaneo al escáner</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Error (%1)</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Sin riesgo</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Tipo de imagen</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Estado del escaneo</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Nombre de la imagen</translation>
    </message>
    <message>
        <source>Image version</source>
        <translation>Versión de la imagen</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID de imagen</translation>
    </message>
    <message>
        <source>Selected images</source>
        <translation>Imágenes seleccionadas</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamaño de la imagen</translation>
    </message>
    <message>
        <source>Latest version only</source>
        <translation>Solo la versión más reciente</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Tamaño de exportación</translation>
    </message>
    <message>
        <source>All matching images</source>
        <translation>Todas las imágenes coincidentes</translation>
    </message>
    <message>
        <source>Has vulnerabilities</source>
        <translation>Con vulnerabilidades</translation>
    </message>
    <message>
        <source>Has malicious files</source>
        <translation>Con archivos maliciosos</translation>
    </message>
    <message>
        <source>Has unsafe settings</source>
        <translation>Con configuraciones inseguras</translation>
    </message>
    <message>
        <source>Has containers</source>
        <translation>Con contenedores</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Con riesgo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nombre de instancia</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID de instancia</translation>
    </message>
    <message>
        <source>CI/CD name</source>
        <translation>Nombre de CI/CD</translation>
    </message>
    <message>
        <source>Build command risk</source>
        <translation>Riesgo del comando de compilación</translation>
    </message>
    <message>
        <source>Build command risk name</source>
        <translation>Nombre del riesgo del comando de compilación</translation>
    </message>
    <message>
        <source>Build command rule IDs</source>
        <translation>Ids de reglas del comando de compilación</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>Proyecto empresarial</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Actualizada desde</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>Actualizada hasta</translation>
    </message>
    <message>
        <source>Scanned from</source>
        <translation>Escaneada desde</translation>
    </message>
    <message>
        <source>Scanned until</source>
        <translation>Escaneada hasta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Harbor images</source>
        <translation>Imágenes de Harbor</translation>
    </message>
    <message>
        <source>JFrog images</source>
        <translation>Imágenes de JFrog</translation>
    </message>
    <message>
        <source>CI/CD images</source>
        <translation>Imágenes de CI/CD</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>Reading the stored image list…</source>
        <translation>Leyendo la lista de imágenes guardada…</translation>
    </message>
    <message>
        <source>Listing every image of the filter…</source>
        <translation>Listando todas las imágenes del filtro…</translation>
    </message>
    <message>
        <source>Showing the stored list of %1; listing every image again…</source>
        <translation>Se muestra la lista guardada del %1; listando de nuevo todas las imágenes…</translation>
    </message>
    <message>
        <source>Showing the stored list of %1; fetching what changed since…</source>
        <translation>Se muestra la lista guardada del %1; obteniendo lo que ha cambiado desde entonces…</translation>
    </message>
    <message>
        <source>Up to date: refreshed at %1.</source>
        <translation>Al día: actualizado el %1.</translation>
    </message>
    <message>
        <source>The list could not be fetched, and nothing is stored for this filter.</source>
        <translation>No se pudo obtener la lista y no hay nada guardado para este filtro.</translation>
    </message>
    <message>
        <source>Refresh failed; showing the stored list of %1.</source>
        <translation>La actualización falló; se muestra la lista guardada del %1.</translation>
    </message>
</context>
<context>
    <name>ImageTableModel</name>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Estado del escaneo</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo del error</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>Unsafe settings</source>
        <translation>Configuraciones inseguras</translation>
    </message>
    <message>
        <source>Malicious files</source>
        <translation>Archivos maliciosos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último escaneo</translation>
    </message>
    <message>
        <source>Other architectures of a multi-arch image</source>
        <translation>Otras arquitecturas de una imagen multiarquitectura</translation>
    </message>
    <message>
        <source>Architectures/associated images</source>
        <translation>Arquitecturas/imágenes asociadas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <source>Scannable</source>
        <translation>Escaneable</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID de imagen</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Owner (domain)</source>
        <translation>Propietario (dominio)</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Uso compartido</translation>
    </message>
    <message>
        <source>Enterprise instance</source>
        <translation>Instancia empresarial</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID de instancia</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>URL de la instancia</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not a multi-arch image</source>
        <translation>No es una imagen multiarquitectura</translation>
    </message>
    <message>
        <source>%1/%2:%3 — %4 — %5</source>
        <translation>%1/%2:%3 — %4 — %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not known: the image has no successful scan</source>
        <translation>Desconocido: la imagen no tiene ningún escaneo correcto</translation>
    </message>
</context>
<context>
    <name>ImageTableView</name>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>ImagesCommand</name>
    <message>
        <source>List the images of the registry (ListSwrImageRepository).</source>
        <translation>Enumera las imágenes del repositorio de imágenes (ListSwrImageRepository).</translation>
    </message>
    <message>
        <source>The only subcommand: list.</source>
        <translation>El único subcomando: list.</translation>
    </message>
    <message>
        <source>Index of the first image (default 0).</source>
        <translation>Índice de la primera imagen (predeterminado: 0).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Page size, 10 to 200 (default 200).</source>
        <translation>Tamaño de página, de 10 a 200 (predeterminado: 200).</translation>
    </message>
    <message>
        <source>Fetch every page, four requests in flight.</source>
        <translation>Obtiene todas las páginas, con cuatro solicitudes simultáneas.</translation>
    </message>
    <message>
        <source>table, json or csv (default table).</source>
        <translation>table, json o csv (predeterminado: table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>usage: images list [options]</source>
        <translation>uso: images list [options]</translation>
    </message>
    <message>
        <source>--output takes table, json or csv</source>
        <translation>--output admite table, json o csv</translation>
    </message>
    <message>
        <source>--offset and --limit take whole numbers</source>
        <translation>--offset y --limit admiten números enteros</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 de %n imagen</numerusform>
            <numerusform>%1 de %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer from the stored image list of this profile, without any call; its age goes to stderr.</source>
        <translation>Responde desde la lista de imágenes guardada de este perfil, sin ninguna llamada; su antigüedad va a stderr.</translation>
    </message>
    <message>
        <source>Fetch only what changed since the stored list was refreshed (everything the first time), then answer from it.</source>
        <translation>Obtiene solo lo que cambió desde la última actualización de la lista guardada (todo la primera vez) y responde desde ella.</translation>
    </message>
    <message>
        <source>--from-cache and --refresh exclude each other</source>
        <translation>--from-cache y --refresh se excluyen mutuamente</translation>
    </message>
    <message>
        <source>From the stored image list, complete as of %1.</source>
        <translation>Desde la lista de imágenes guardada, completa a fecha de %1.</translation>
    </message>
    <message>
        <source>From the stored image list; this filter was never listed to the end, so images may be missing.</source>
        <translation>Desde la lista de imágenes guardada; este filtro nunca se listó hasta el final, así que pueden faltar imágenes.</translation>
    </message>
    <message>
        <source>error: there is no stored image list for this profile yet; run &apos;images list --refresh&apos; first</source>
        <translation>error: todavía no hay una lista de imágenes guardada para este perfil; ejecute antes &apos;images list --refresh&apos;</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>error: the fetched images could not be stored in %1</source>
        <translation>error: las imágenes obtenidas no se pudieron guardar en %1</translation>
    </message>
    <message numerus="yes">
        <source>Listed %n image(s) in full.</source>
        <translation>
            <numerusform>Se listó %n imagen completa.</numerusform>
            <numerusform>Se listaron %n imágenes completas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed image(s) fetched.</source>
        <translation>
            <numerusform>Se obtuvo %n imagen cambiada.</numerusform>
            <numerusform>Se obtuvieron %n imágenes cambiadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonValue</name>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>debe tener al menos %1 caracteres</translation>
    </message>
    <message>
        <source>must have %1 to %2 characters</source>
        <translation>debe tener de %1 a %2 caracteres</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must have at most %1 items</source>
        <translation>debe tener como máximo %1 elementos</translation>
    </message>
</context>
<context>
    <name>ListDownloadExportedFileRequest</name>
    <message>
        <source>must have 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>debe tener de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
</context>
<context>
    <name>ListQueryExportTaskRequest</name>
    <message>
        <source>must have 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>debe tener de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HSS Image Desk</source>
        <translation>HSS Image Desk</translation>
    </message>
    <message>
        <source>Sandbox — demo data, not your cloud</source>
        <translation>Sandbox — datos de demostración, no su nube</translation>
    </message>
    <message>
        <source>Sandbox notice</source>
        <translation>Aviso del sandbox</translation>
    </message>
    <message>
        <source>Quick filter the rows shown (Ctrl+F)</source>
        <translation>Filtro rápido de las filas mostradas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Filtro rápido</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the list again with the applied filters (F5)</source>
        <translation>Vuelve a cargar la lista con los filtros aplicados (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Cancelar la carga</translation>
    </message>
    <message>
        <source>&amp;Scan selected…</source>
        <translation>&amp;Escanear las seleccionadas…</translation>
    </message>
    <message>
        <source>Scan the selected images (Ctrl+Shift+S)</source>
        <translation>Escanea las imágenes seleccionadas (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Scan &amp;all matching…</source>
        <translation>Escanear &amp;todas las coincidentes…</translation>
    </message>
    <message>
        <source>Scan every image the applied filters match (Ctrl+Shift+A)</source>
        <translation>Escanea todas las imágenes que coinciden con los filtros aplicados (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>S&amp;ync from SWR</source>
        <translation>&amp;Sincronizar desde SWR</translation>
    </message>
    <message>
        <source>Fetch the latest image list from SWR, then refresh (Ctrl+Shift+Y)</source>
        <translation>Obtiene la lista de imágenes más reciente de SWR y luego actualiza (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>Filtro &amp;rápido</translation>
    </message>
    <message>
        <source>Edit &amp;filters</source>
        <translation>Editar &amp;filtros</translation>
    </message>
    <message>
        <source>Switch &amp;profile</source>
        <translation>Cambiar de &amp;perfil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Imágenes</translation>
    </message>
    <message>
        <source>&amp;Baseline results…</source>
        <translation>&amp;Resultados de línea base…</translation>
    </message>
    <message>
        <source>Export baseline-check results of the selected or all matching images (Ctrl+E)</source>
        <translation>Exporta los resultados de la verificación de línea base de las imágenes seleccionadas o de todas las coincidentes (Ctrl+E)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Action log…</source>
        <translation>&amp;Registro de acciones…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>%1 — HSS Image Desk</source>
        <translation>%1 — HSS Image Desk</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gestionar perfiles…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Where the list comes from</source>
        <translation>De dónde viene la lista</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits %n s for the call limit</source>
        <translation>
            <numerusform>%1 espera %n s por el límite de llamadas</numerusform>
            <numerusform>%1 espera %n s por el límite de llamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copiar los detalles del error</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>error_code: %1</source>
        <translation>error_code: %1</translation>
    </message>
    <message>
        <source>error_msg: %1</source>
        <translation>error_msg: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation>id de solicitud: %1</translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation>detalle: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>may use letters, digits, spaces, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most %1 characters, starting and ending with a letter or digit)</source>
        <translation>puede contener letras, dígitos, espacios, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; (como máximo %1 caracteres, empezando y terminando con una letra o un dígito)</translation>
    </message>
    <message>
        <source>choose a region or enter an endpoint</source>
        <translation>elija una región o introduzca un punto de conexión</translation>
    </message>
    <message>
        <source>must be an https:// (or http://) address with a host name</source>
        <translation>debe ser una dirección https:// (o http://) con un nombre de host</translation>
    </message>
    <message>
        <source>is not a known HSS region</source>
        <translation>no es una región de HSS conocida</translation>
    </message>
    <message>
        <source>must be 32 lowercase hexadecimal characters (see &quot;My Credentials&quot; in the console)</source>
        <translation>debe tener 32 caracteres hexadecimales en minúscula (consulte &quot;Mis credenciales&quot; en la consola)</translation>
    </message>
    <message>
        <source>must be an enterprise project id (letters, digits and &apos;-&apos;)</source>
        <translation>debe ser un id de proyecto empresarial (letras, dígitos y &apos;-&apos;)</translation>
    </message>
    <message>
        <source>may only contain letters and digits</source>
        <translation>solo puede contener letras y dígitos</translation>
    </message>
    <message>
        <source>must be a host name or IP address</source>
        <translation>debe ser un nombre de host o una dirección IP</translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation>debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is invalid: %2</source>
        <translation>El perfil &quot;%1&quot; no es válido: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no %2 in the keychain; edit the profile and enter it.</source>
        <translation>El perfil &quot;%1&quot; no tiene %2 en el llavero; edite el perfil e introdúzcalo.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; contains no PEM or DER certificate.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; no contiene ningún certificado PEM ni DER.</translation>
    </message>
    <message>
        <source>must be at most %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and not &quot;.&quot; or &quot;..&quot;</source>
        <translation>debe tener como máximo %1 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y no ser &quot;.&quot; ni &quot;..&quot;</translation>
    </message>
    <message numerus="yes">
        <source>must be between 1 and %n second(s)</source>
        <translation>
            <numerusform>debe estar entre 1 y %n segundo</numerusform>
            <numerusform>debe estar entre 1 y %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>hss-image-cli profile: %1</source>
        <translation>hss-image-cli profile: %1</translation>
    </message>
    <message>
        <source>Run &quot;hss-image-cli profile --help&quot; for usage.</source>
        <translation>Ejecute &quot;hss-image-cli profile --help&quot; para ver el uso.</translation>
    </message>
    <message>
        <source>secrets are never accepted as arguments (they would show in the process list and shell history); use --secret-stdin or the environment</source>
        <translation>los secretos nunca se aceptan como argumentos (aparecerían en la lista de procesos y en el historial del shell); use --secret-stdin o el entorno</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs exactly one profile name</source>
        <translation>&quot;add&quot; necesita exactamente un nombre de perfil</translation>
    </message>
    <message>
        <source>give either --region or --endpoint</source>
        <translation>indique --region o --endpoint</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;; known regions: %2</source>
        <translation>región desconocida &quot;%1&quot;; regiones conocidas: %2</translation>
    </message>
    <message>
        <source>--auth must be aksk, temporary-aksk or iam-token</source>
        <translation>--auth debe ser aksk, temporary-aksk o iam-token</translation>
    </message>
    <message>
        <source>--proxy must be system, none or HOST:PORT</source>
        <translation>--proxy debe ser system, none o HOST:PORT</translation>
    </message>
    <message>
        <source>--proxy-user needs --proxy HOST:PORT</source>
        <translation>--proxy-user necesita --proxy HOST:PORT</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds</source>
        <translation>--timeout debe ser un número de segundos</translation>
    </message>
    <message>
        <source>invalid profile: %1</source>
        <translation>perfil no válido: %1</translation>
    </message>
    <message>
        <source>the %1 is missing: give it on stdin with --secret-stdin or in the environment (see --help)</source>
        <translation>falta %1: indíquelo en stdin con --secret-stdin o en el entorno (consulte --help)</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>ya existe un perfil llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added; its secrets are in the keychain.</source>
        <translation>Se añadió el perfil &quot;%1&quot;; sus secretos están en el llavero.</translation>
    </message>
    <message>
        <source>&quot;remove&quot; needs exactly one profile name</source>
        <translation>&quot;remove&quot; necesita exactamente un nombre de perfil</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was kept, because its keychain entries could not be deleted: %2 Try again once the keychain works, or give --force to remove the profile anyway and delete the entries &quot;%1/...&quot; of service &quot;%3&quot; yourself.</source>
        <translation>se conservó el perfil &quot;%1&quot; porque no se pudieron eliminar sus entradas del llavero: %2 Vuelva a intentarlo cuando el llavero funcione, o indique --force para eliminar el perfil de todos modos y elimine usted mismo las entradas &quot;%1/...&quot; del servicio &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>hss-image-cli profile: profile &quot;%1&quot; removed, but its keychain entries are still there (%2); delete the entries &quot;%1/...&quot; of service &quot;%3&quot; yourself, for example with Seahorse or secret-tool.</source>
        <translation>hss-image-cli profile: se eliminó el perfil &quot;%1&quot;, pero sus entradas del llavero siguen ahí (%2); elimine usted mismo las entradas &quot;%1/...&quot; del servicio &quot;%3&quot;, por ejemplo con Seahorse o secret-tool.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; and its keychain entries removed.</source>
        <translation>Se eliminaron el perfil &quot;%1&quot; y sus entradas del llavero.</translation>
    </message>
    <message>
        <source>missing command: list, add or remove</source>
        <translation>falta el comando: list, add o remove</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments</source>
        <translation>&quot;list&quot; no admite argumentos</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use list, add or remove</source>
        <translation>comando desconocido &quot;%1&quot;: use list, add o remove</translation>
    </message>
    <message>
        <source>no profile given and none is current; create one with &quot;hss-image-cli profile add&quot;</source>
        <translation>no se indicó ningún perfil y no hay ninguno actual; cree uno con &quot;hss-image-cli profile add&quot;</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (see &quot;hss-image-cli profile list&quot;)</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot; (consulte &quot;hss-image-cli profile list&quot;)</translation>
    </message>
    <message>
        <source>Usage:
  hss-image-cli profile list
  hss-image-cli profile add NAME (--region ID | --endpoint URL) --project-id ID
        [--enterprise-project ID|all] [--auth aksk|temporary-aksk|iam-token]
        [--access-key AK] [--proxy system|none|HOST:PORT] [--proxy-user USER]
        [--ca-file PATH] [--timeout SECONDS] [--rate documented|N/min|N/s|unlimited]
        [--secret-stdin] [--set-current]
  hss-image-cli profile remove NAME [--force]

Secrets are never accepted as arguments. With --secret-stdin, stdin gives one per line:
the secret key (aksk, temporary-aksk), then the security token (temporary-aksk), or the
IAM token (iam-token); then the proxy password when --proxy-user is given. Otherwise
they come from CLOUD_SDK_SK, CLOUD_SDK_SECURITY_TOKEN, HSS_AUTH_TOKEN and
HSS_PROXY_PASSWORD; the access key may come from CLOUD_SDK_AK.

Exit codes: 0 success, 2 usage error, 5 profile or keychain error.
</source>
        <translation>Uso:
  hss-image-cli profile list
  hss-image-cli profile add NAME (--region ID | --endpoint URL) --project-id ID
        [--enterprise-project ID|all] [--auth aksk|temporary-aksk|iam-token]
        [--access-key AK] [--proxy system|none|HOST:PORT] [--proxy-user USER]
        [--ca-file PATH] [--timeout SECONDS] [--rate documented|N/min|N/s|unlimited]
        [--secret-stdin] [--set-current]
  hss-image-cli profile remove NAME [--force]

Los secretos nunca se aceptan como argumentos. Con --secret-stdin, stdin da uno por línea:
la clave secreta (aksk, temporary-aksk), luego el token de seguridad (temporary-aksk), o el
token de IAM (iam-token); después, la contraseña del proxy si se indica --proxy-user. Si no,
proceden de CLOUD_SDK_SK, CLOUD_SDK_SECURITY_TOKEN, HSS_AUTH_TOKEN y
HSS_PROXY_PASSWORD; la clave de acceso puede proceder de CLOUD_SDK_AK.

Códigos de salida: 0 correcto, 2 error de uso, 5 error de perfil o de llavero.
</translation>
    </message>
    <message>
        <source>--rate %1</source>
        <translation>--rate %1</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>The profile %1 does not exist any more.</source>
        <translation>El perfil %1 ya no existe.</translation>
    </message>
    <message>
        <source>Reading the secrets of %1 from the keychain…</source>
        <translation>Leyendo los secretos de %1 del llavero…</translation>
    </message>
    <message>
        <source>The profile %1 could not be opened: %2</source>
        <translation>No se pudo abrir el perfil %1: %2</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox integrado: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox (realistic limits)</source>
        <translation>Sandbox (límites reales)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile editor</source>
        <translation>Editor de perfiles</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Punto de conexión:</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>URL del punto de conexión personalizado</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>Id de pro&amp;yecto:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Id de proyecto</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 caracteres hexadecimales</translation>
    </message>
    <message>
        <source>Enterprise pro&amp;ject:</source>
        <translation>Proyecto &amp;empresarial:</translation>
    </message>
    <message>
        <source>Enterprise project scope</source>
        <translation>Alcance del proyecto empresarial</translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation>Id de proyecto empresarial</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Modo de autenticación</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>&amp;Id de clave de acceso:</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Id de clave de acceso</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Clave &amp;secreta:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <source>Securit&amp;y token:</source>
        <translation>&amp;Token de seguridad:</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>Token de seguridad</translation>
    </message>
    <message>
        <source>IAM to&amp;ken:</source>
        <translation>Token de IA&amp;M:</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>Token de IAM</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy mode</source>
        <translation>Modo de proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>&amp;Usuario del proxy:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>C&amp;ontraseña del proxy:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de &amp;CA:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <source>optional: PEM or DER file added to the trusted CAs</source>
        <translation>opcional: archivo PEM o DER que se añade a las CA de confianza</translation>
    </message>
    <message>
        <source>Browse for CA certificate file</source>
        <translation>Buscar el archivo de certificado de CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>Tiempo de espera de la solicitu&amp;d:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tiempo de espera de la solicitud en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>Problemas con el perfil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del cuadro de diálogo</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>Punto de conexión personalizado</translation>
    </message>
    <message>
        <source>Default project</source>
        <translation>Proyecto predeterminado</translation>
    </message>
    <message>
        <source>One enterprise project</source>
        <translation>Un solo proyecto empresarial</translation>
    </message>
    <message>
        <source>All granted enterprise projects</source>
        <translation>Todos los proyectos empresariales autorizados</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>Temporary AK/SK with security token</source>
        <translation>AK/SK temporal con token de seguridad</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manual</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copia</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 copia %2</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Edit Profile &quot;%1&quot;</source>
        <translation>Editar el perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Duplicate Profile &quot;%1&quot;</source>
        <translation>Duplicar el perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A profile is renamed from the profile list.</source>
        <translation>Un perfil se renombra desde la lista de perfiles.</translation>
    </message>
    <message>
        <source>is already used by another profile</source>
        <translation>ya lo usa otro perfil</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>stored in keychain — leave empty to keep</source>
        <translation>guardado en el llavero — déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n image(s)</source>
        <translation>
            <numerusform>Conectado: %n imagen</numerusform>
            <numerusform>Conectado: %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>¿Eliminar el perfil &quot;%1&quot; y sus secretos del llavero?</translation>
    </message>
    <message>
        <source>Saving… the dialog closes when the profile is saved.</source>
        <translation>Guardando… el diálogo se cerrará cuando se guarde el perfil.</translation>
    </message>
    <message>
        <source>Testing the connection… wait for the result.</source>
        <translation>Probando la conexión… espere el resultado.</translation>
    </message>
    <message>
        <source>Call ra&amp;te:</source>
        <translation>&amp;Frecuencia de llamadas:</translation>
    </message>
    <message>
        <source>Call rate</source>
        <translation>Frecuencia de llamadas</translation>
    </message>
    <message>
        <source>How often each API operation may be called with this profile. The service documents 5 calls a minute per operation for one user; calls wait their turn instead of being refused.</source>
        <translation>Con qué frecuencia puede llamarse cada operación de la API con este perfil. El servicio documenta 5 llamadas por minuto por operación para un usuario; las llamadas esperan su turno en lugar de ser rechazadas.</translation>
    </message>
    <message>
        <source>Calls per minute per operation</source>
        <translation>Llamadas por minuto por operación</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>Custom rate</source>
        <translation>Frecuencia personalizada</translation>
    </message>
    <message>
        <source>Unlimited (a local sandbox, or an account without limits)</source>
        <translation>Sin límite (un sandbox local o una cuenta sin límites)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid profile name.</source>
        <translation>&quot;%1&quot; no es un nombre de perfil válido.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is invalid.</source>
        <translation>El perfil &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Where the images come from: a saved profile or the built-in sandbox</source>
        <translation>De dónde proceden las imágenes: un perfil guardado o el sandbox integrado</translation>
    </message>
    <message>
        <source>Sandbox (demo data)</source>
        <translation>Sandbox (datos de demostración)</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Gestionar perfiles…</translation>
    </message>
    <message>
        <source>Sandbox (realistic limits)</source>
        <translation>Sandbox (límites reales)</translation>
    </message>
    <message>
        <source>Demo data served within the documented limit of 5 calls a minute per operation</source>
        <translation>Datos de demostración servidos dentro del límite documentado de 5 llamadas por minuto por operación</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;Saved profiles:</source>
        <translation>Perfiles &amp;guardados:</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>¿Eliminar el perfil &quot;%1&quot; y sus secretos del llavero?</translation>
    </message>
</context>
<context>
    <name>RegionLabels</name>
    <message>
        <source>AF-Cairo</source>
        <translation>AF-El Cairo</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>AF-Johannesburgo</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>CN-Hong Kong</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>AP-Bangkok</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>AP-Singapur</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>AP-Yakarta</translation>
    </message>
    <message>
        <source>AP-Manila</source>
        <translation>AP-Manila</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>CN East-Shanghai2</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>CN East-Shanghai1</translation>
    </message>
    <message>
        <source>CN East2</source>
        <translation>CN East2</translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation>CN East-Qingdao</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>CN North-Beijing1</translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation>CN North-Beijing2</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>CN North-Beijing4</translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation>CN North-Ulanqab1</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>CN South-Guangzhou</translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation>CN South-Shenzhen</translation>
    </message>
    <message>
        <source>CN South-Guangzhou-InvitationOnly</source>
        <translation>CN South-Guangzhou-InvitationOnly</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>CN Southwest-Guiyang1</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>EU-Dublín</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>LA-Ciudad de México2</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>LA-Santiago</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>ME-Riad</translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation>LA-Ciudad de México1</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>LA-São Paulo1</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>TR-Estambul</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RestCommand</name>
    <message>
        <source>Sign and send any request. PATH may contain {project_id}, e.g. /v5/{project_id}/image/swr-repository?image_type=private_image&amp;limit=10</source>
        <translation>Firma y envía cualquier solicitud. PATH puede contener {project_id}, p. ej. /v5/{project_id}/image/swr-repository?image_type=private_image&amp;limit=10</translation>
    </message>
    <message>
        <source>GET, POST, PUT, DELETE, ...</source>
        <translation>GET, POST, PUT, DELETE, ...</translation>
    </message>
    <message>
        <source>Path below the endpoint, with an optional query.</source>
        <translation>Ruta bajo el punto de conexión, con una consulta opcional.</translation>
    </message>
    <message>
        <source>Query parameter K=V (repeatable).</source>
        <translation>Parámetro de consulta K=V (se puede repetir).</translation>
    </message>
    <message>
        <source>k=v</source>
        <translation>k=v</translation>
    </message>
    <message>
        <source>Header K:V (repeatable).</source>
        <translation>Encabezado K:V (se puede repetir).</translation>
    </message>
    <message>
        <source>k:v</source>
        <translation>k:v</translation>
    </message>
    <message>
        <source>Request body, or @FILE to read it from a file.</source>
        <translation>Cuerpo de la solicitud, o @FILE para leerlo de un archivo.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>usage: rest METHOD PATH [--query K=V]... [--header K:V]... [--data BODY]</source>
        <translation>uso: rest METHOD PATH [--query K=V]... [--header K:V]... [--data BODY]</translation>
    </message>
    <message>
        <source>PATH must start with /</source>
        <translation>PATH debe empezar por /</translation>
    </message>
    <message>
        <source>--query %1 is not K=V</source>
        <translation>--query %1 no tiene la forma K=V</translation>
    </message>
    <message>
        <source>--header %1 is not K:V</source>
        <translation>--header %1 no tiene la forma K:V</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1, request id %2</source>
        <translation>HTTP %1, id de solicitud %2</translation>
    </message>
</context>
<context>
    <name>ResultLoader</name>
    <message>
        <source>The archive has no member %1</source>
        <translation>El archivo comprimido no contiene %1</translation>
    </message>
    <message>
        <source>%1 is neither CSV nor XLSX; only those can be shown as a table</source>
        <translation>%1 no es CSV ni XLSX; solo esos formatos se pueden mostrar como tabla</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Export result viewer</source>
        <translation>Visor de resultados de exportación</translation>
    </message>
    <message>
        <source>Files in the export archive</source>
        <translation>Archivos del archivo comprimido de exportación</translation>
    </message>
    <message>
        <source>Baseline check results</source>
        <translation>Resultados de la verificación de línea base</translation>
    </message>
    <message>
        <source>Result row count</source>
        <translation>Número de filas del resultado</translation>
    </message>
    <message>
        <source>Export result — %1</source>
        <translation>Resultado de la exportación — %1</translation>
    </message>
    <message>
        <source>The archive has no member %1</source>
        <translation>El archivo comprimido no contiene %1</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file on the left.</source>
        <translation>Elija un archivo CSV o XLSX a la izquierda.</translation>
    </message>
    <message>
        <source>Column filters</source>
        <translation>Filtros de columna</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Reading canceled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
    </message>
    <message>
        <source>Show only rows whose %1 contains this text</source>
        <translation>Mostrar solo las filas cuyo valor de %1 contiene este texto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 de %Ln fila</numerusform>
            <numerusform>%1 de %Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunImageSynchronizeRequest</name>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan images (BatchScanSwrImage): the ones named with --image, or with --all every image matching the filters. Scans are billed per image.</source>
        <translation>Escanea imágenes (BatchScanSwrImage): las indicadas con --image o, con --all, todas las imágenes que coinciden con los filtros. Los escaneos se facturan por imagen.</translation>
    </message>
    <message>
        <source>NAMESPACE/NAME:TAG to scan (repeatable).</source>
        <translation>NAMESPACE/NAME:TAG que se escaneará (se puede repetir).</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>Download URL of the enterprise instance (instance_image).</source>
        <translation>URL de descarga de la instancia empresarial (instance_image).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Scan every image matching the filters (operate_all); cannot be stopped.</source>
        <translation>Escanea todas las imágenes que coinciden con los filtros (operate_all); no se puede detener.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>give either --image (one or more) or --all with filters</source>
        <translation>indique --image (una o más) o --all con filtros</translation>
    </message>
    <message>
        <source>--image %1 is not NAMESPACE/NAME:TAG</source>
        <translation>--image %1 no tiene la forma NAMESPACE/NAME:TAG</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>id de solicitud %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan requested for %n image(s)</source>
        <translation>
            <numerusform>Se solicitó el escaneo de %n imagen</numerusform>
            <numerusform>Se solicitó el escaneo de %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not ask before --all without filters scans every image of the type.</source>
        <translation>No preguntar antes de que --all sin filtros escanee todas las imágenes del tipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were already sent for scanning before this error</source>
        <translation>
            <numerusform>Antes de este error ya se había enviado %n imagen para escanear</numerusform>
            <numerusform>Antes de este error ya se habían enviado %n imágenes para escanear</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan requested for every image matching the filters</source>
        <translation>Se solicitó el escaneo de todas las imágenes que coinciden con los filtros</translation>
    </message>
    <message>
        <source>scan --all without filters scans every %1 image and cannot be stopped; add filters, or give --yes to confirm</source>
        <translation>scan --all sin filtros escanea todas las imágenes %1 y no se puede detener; añada filtros o indique --yes para confirmar</translation>
    </message>
    <message>
        <source>Scan every %1 image? Scans are billed per image and cannot be stopped. Type &quot;yes&quot; to continue: </source>
        <translation>¿Escanear todas las imágenes %1? Los escaneos se facturan por imagen y no se pueden detener. Escriba &quot;yes&quot; para continuar: </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
</context>
<context>
    <name>ScanController</name>
    <message numerus="yes">
        <source>%n image(s) are still being scanned; press F5 later to see their result.</source>
        <translation>
            <numerusform>Todavía se está escaneando %n imagen; pulse F5 más tarde para ver su resultado.</numerusform>
            <numerusform>Todavía se están escaneando %n imágenes; pulse F5 más tarde para ver su resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan status could not be refreshed</source>
        <translation>No se pudo actualizar el estado del escaneo</translation>
    </message>
    <message>
        <source>%1 cannot be scanned from here</source>
        <translation>No se pueden escanear desde aquí: %1</translation>
    </message>
    <message>
        <source>The selected images cannot be scanned</source>
        <translation>No se pueden escanear las imágenes seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>Scan %n selected image(s)?

HSS bills image scans per image scanned.</source>
        <translation>
            <numerusform>¿Escanear %n imagen seleccionada?

HSS factura los escaneos de imágenes por cada imagen escaneada.</numerusform>
            <numerusform>¿Escanear las %n imágenes seleccionadas?

HSS factura los escaneos de imágenes por cada imagen escaneada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan images</source>
        <translation>Escanear imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n imagen seleccionada</numerusform>
            <numerusform>%n imágenes seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The matching images cannot be scanned</source>
        <translation>No se pueden escanear las imágenes coincidentes</translation>
    </message>
    <message numerus="yes">
        <source>Scan all %n image(s) matching the current filters?

HSS bills image scans per image scanned, and a full scan cannot be stopped once it has started.</source>
        <translation>
            <numerusform>¿Escanear %n imagen que coincide con los filtros actuales?

HSS factura los escaneos de imágenes por cada imagen escaneada, y un escaneo completo no se puede detener una vez iniciado.</numerusform>
            <numerusform>¿Escanear las %n imágenes que coinciden con los filtros actuales?

HSS factura los escaneos de imágenes por cada imagen escaneada, y un escaneo completo no se puede detener una vez iniciado.</numerusform>
        </translation>
    </message>
    <message>
        <source>has vulnerabilities</source>
        <translation>tiene vulnerabilidades</translation>
    </message>
    <message>
        <source>has malicious files</source>
        <translation>tiene archivos maliciosos</translation>
    </message>
    <message>
        <source>has unsafe settings</source>
        <translation>tiene configuraciones inseguras</translation>
    </message>
    <message>
        <source>instance name</source>
        <translation>nombre de instancia</translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation>ID de instancia</translation>
    </message>
    <message>
        <source>The scan call does not support these filters, so more images than listed may be scanned: %1.</source>
        <translation>La llamada de escaneo no admite estos filtros, por lo que se podrían escanear más imágenes de las que aparecen en la lista: %1.</translation>
    </message>
    <message>
        <source>Scan all matching images</source>
        <translation>Escanear todas las imágenes coincidentes</translation>
    </message>
    <message>
        <source>all images matching: %1</source>
        <translation>todas las imágenes que coinciden con: %1</translation>
    </message>
    <message>
        <source>The scan may have been started</source>
        <translation>Puede que el escaneo se haya iniciado</translation>
    </message>
    <message>
        <source>The scan could not be started</source>
        <translation>No se pudo iniciar el escaneo</translation>
    </message>
    <message numerus="yes">
        <source>Scan requested for %n image(s); their status is refreshed until it is final.</source>
        <translation>
            <numerusform>Se solicitó el escaneo de %n imagen; su estado se actualizará hasta que sea definitivo.</numerusform>
            <numerusform>Se solicitó el escaneo de %n imágenes; su estado se actualizará hasta que sea definitivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan: %L1 of %Ln image(s) final</source>
        <translation>
            <numerusform>Escaneo: %L1 de %Ln imagen terminada</numerusform>
            <numerusform>Escaneo: %L1 de %Ln imágenes terminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>no longer listed: %L1</source>
        <translation>ya no aparecen en la lista: %L1</translation>
    </message>
    <message numerus="yes">
        <source>Scan finished for %Ln image(s) — %1</source>
        <translation>
            <numerusform>Escaneo finalizado para %Ln imagen — %1</numerusform>
            <numerusform>Escaneo finalizado para %Ln imágenes — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was not sent: the call limit is reached</source>
        <translation>El escaneo no se envió: se alcanzó el límite de llamadas</translation>
    </message>
</context>
<context>
    <name>ShowImageSecurityReportStatisticRequest</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1 (default private_image).</source>
        <translation>%1 (predeterminado: private_image).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>Synchronisation of %1 started</source>
        <translation>Se inició la sincronización de %1</translation>
    </message>
    <message>
        <source>Synchronise the image list from SWR (RunImageSynchronize), or with --registries-task through its successor CreateImageSynchronizeTask (all registries, or the ones named).</source>
        <translation>Sincroniza la lista de imágenes desde SWR (RunImageSynchronize) o, con --registries-task, mediante su sucesora CreateImageSynchronizeTask (todos los registros o los indicados).</translation>
    </message>
    <message>
        <source>Use CreateImageSynchronizeTask instead.</source>
        <translation>Usar CreateImageSynchronizeTask en su lugar.</translation>
    </message>
    <message>
        <source>With --registries-task: only this registry, as ID:TYPE with TYPE one of %1 (repeatable).</source>
        <translation>Con --registries-task: solo este registro, como ID:TYPE, con TYPE uno de %1 (repetible).</translation>
    </message>
    <message>
        <source>id:type</source>
        <translation>id:tipo</translation>
    </message>
    <message>
        <source>--registry goes with --registries-task</source>
        <translation>--registry se usa con --registries-task</translation>
    </message>
    <message>
        <source>--registry %1 is not ID:TYPE</source>
        <translation>--registry %1 no tiene el formato ID:TYPE</translation>
    </message>
    <message>
        <source>Synchronisation task created</source>
        <translation>Tarea de sincronización creada</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchronising the image list from SWR…</source>
        <translation>Sincronizando la lista de imágenes desde SWR…</translation>
    </message>
    <message>
        <source>Synchronising from SWR may have been started</source>
        <translation>Puede que la sincronización desde SWR se haya iniciado</translation>
    </message>
    <message>
        <source>Synchronising from SWR failed</source>
        <translation>Falló la sincronización desde SWR</translation>
    </message>
    <message>
        <source>The image list was synchronised from SWR.</source>
        <translation>La lista de imágenes se sincronizó desde SWR.</translation>
    </message>
    <message>
        <source>Synchronising from SWR was not sent: the call limit is reached</source>
        <translation>La sincronización desde SWR no se envió: se alcanzó el límite de llamadas</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>Show an export task (ListQueryExportTask).</source>
        <translation>Muestra una tarea de exportación (ListQueryExportTask).</translation>
    </message>
    <message>
        <source>The only subcommand: status.</source>
        <translation>El único subcomando: status.</translation>
    </message>
    <message>
        <source>The task_id an export answered.</source>
        <translation>El task_id que devolvió una exportación.</translation>
    </message>
    <message>
        <source>Follow the task until it finishes.</source>
        <translation>Sigue la tarea hasta que termine.</translation>
    </message>
    <message>
        <source>Seconds between polls with --wait (default 5).</source>
        <translation>Segundos entre consultas con --wait (predeterminado: 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>usage: task status TASK_ID [--wait]</source>
        <translation>uso: task status TASK_ID [--wait]</translation>
    </message>
    <message>
        <source>--poll-interval takes seconds, more than 0 and at most 3600</source>
        <translation>--poll-interval admite segundos, más de 0 y como máximo 3600</translation>
    </message>
    <message>
        <source>--wait-timeout takes minutes, more than 0 and at most 1440</source>
        <translation>--wait-timeout admite minutos, más de 0 y como máximo 1440</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>Not an XLSX workbook: %1</source>
        <translation>No es un libro XLSX: %1</translation>
    </message>
    <message>
        <source>The workbook has no xl/workbook.xml: %1</source>
        <translation>El libro no tiene xl/workbook.xml: %1</translation>
    </message>
    <message>
        <source>xl/workbook.xml is not valid XML: %1</source>
        <translation>xl/workbook.xml no es un XML válido: %1</translation>
    </message>
    <message>
        <source>The workbook lists no sheet</source>
        <translation>El libro no contiene ninguna hoja</translation>
    </message>
    <message>
        <source>The workbook has no relationships: %1</source>
        <translation>El libro no tiene relaciones: %1</translation>
    </message>
    <message>
        <source>The first sheet (%1) has no target in the workbook relationships</source>
        <translation>La primera hoja (%1) no tiene destino en las relaciones del libro</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml is not valid XML: %1</source>
        <translation>xl/sharedStrings.xml no es un XML válido: %1</translation>
    </message>
    <message>
        <source>Row %1 is beyond the last row a sheet can have</source>
        <translation>La fila %1 está más allá de la última fila que puede tener una hoja</translation>
    </message>
    <message>
        <source>Cell %1 refers to shared string %2, which does not exist</source>
        <translation>La celda %1 hace referencia a la cadena compartida %2, que no existe</translation>
    </message>
    <message>
        <source>The sheet is not valid XML: %1</source>
        <translation>La hoja no es un XML válido: %1</translation>
    </message>
    <message>
        <source>The workbook has more than %1 shared strings, too many to show</source>
        <translation>El libro tiene más de %1 cadenas compartidas, demasiadas para mostrarlas</translation>
    </message>
    <message numerus="yes">
        <source>The sheet is too large to show (more than %n column(s) or %1 cells)</source>
        <translation>
            <numerusform>La hoja es demasiado grande para mostrarla (más de %n columna o %1 celdas)</numerusform>
            <numerusform>La hoja es demasiado grande para mostrarla (más de %n columnas o %1 celdas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Not a readable ZIP archive: %1</source>
        <translation>No es un archivo ZIP legible: %1</translation>
    </message>
    <message>
        <source>No archive is open</source>
        <translation>No hay ningún archivo comprimido abierto</translation>
    </message>
    <message>
        <source>The archive has no member %1</source>
        <translation>El archivo comprimido no contiene %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 would inflate to %2, more than the %3 allowed</source>
        <translation>%1 ocuparía %2 al descomprimirse, más de los %3 permitidos</translation>
    </message>
    <message>
        <source>Reading %1 was canceled</source>
        <translation>Se canceló la lectura de %1</translation>
    </message>
    <message>
        <source>%1 inflates to more than the %2 allowed</source>
        <translation>%1 ocupa más de los %2 permitidos al descomprimirse</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: unknown command %1</source>
        <translation>error: comando desconocido %1</translation>
    </message>
    <message>
        <source>Browse, filter and scan Huawei Cloud HSS container images.</source>
        <translation>Explora, filtra y escanea imágenes de contenedor de HSS de Huawei Cloud.</translation>
    </message>
    <message>
        <source>Open the built-in sandbox with demo data.</source>
        <translation>Abre el sandbox integrado con datos de demostración.</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (for screenshot runs).</source>
        <translation>Sale tras &lt;ms&gt; milisegundos (para ejecuciones de capturas de pantalla).</translation>
    </message>
    <message>
        <source>Usage: hss-image-cli COMMAND [options]

Commands:
  images list       list images, every API filter as an option
  scan              scan images by reference or everything matching (--all)
  export baseline   export baseline-check results; --wait and --download follow it
  task status ID    show or follow an export task
  download FILE_ID  download an exported file
  sync              synchronise the image list from SWR
  rest METHOD PATH  sign and send any request
  profile list|add|remove  saved profiles; secrets go to the OS keychain

Global options: --profile NAME | --endpoint URL | --region REGION, --project-id ID,
  --enterprise-project-id ID, --ca-file PEM, --timeout SECONDS, --dry-run,
  --rate documented|N/min|N/s|unlimited (calls per API operation; default: the profile&apos;s)
Credentials: CLOUD_SDK_AK and CLOUD_SDK_SK (plus CLOUD_SDK_SECURITY_TOKEN), or HSS_AUTH_TOKEN.
Exit codes: 0 ok, 1 local failure, 2 usage, 3 API error, 4 network or TLS error,
  5 profile or keychain error, 6 outcome unknown (may have been sent; check before retrying).
Run &apos;hss-image-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Uso: hss-image-cli COMMAND [options]

Comandos:
  images list       lista imágenes, con cada filtro de la API como opción
  scan              escanea imágenes por referencia o todas las coincidentes (--all)
  export baseline   exporta resultados de línea base; --wait y --download la siguen
  task status ID    muestra o sigue una tarea de exportación
  download FILE_ID  descarga un archivo exportado
  sync              sincroniza la lista de imágenes desde SWR
  rest METHOD PATH  firma y envía cualquier solicitud
  profile list|add|remove  perfiles guardados; los secretos van al llavero del sistema

Opciones globales: --profile NAME | --endpoint URL | --region REGION, --project-id ID,
  --enterprise-project-id ID, --ca-file PEM, --timeout SECONDS, --dry-run,
  --rate documented|N/min|N/s|unlimited (llamadas por operación de la API; por defecto: la del perfil)
Credenciales: CLOUD_SDK_AK y CLOUD_SDK_SK (más CLOUD_SDK_SECURITY_TOKEN), o HSS_AUTH_TOKEN.
Códigos de salida: 0 correcto, 1 error local, 2 uso, 3 error de la API, 4 error de red o TLS,
  5 error de perfil o de llavero, 6 resultado desconocido (puede haberse enviado; compruébelo antes de reintentar).
Ejecute &apos;hss-image-cli COMMAND --help&apos; para ver las opciones de un comando.
</translation>
    </message>
</context>
</TS>
