<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CorrectionCommand</name>
    <message>
        <source>edit %1</source>
        <translation>editar %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>eliminar %1</translation>
    </message>
    <message>
        <source>mark verified</source>
        <translation>marcar como verificada</translation>
    </message>
    <message>
        <source>withdraw verification</source>
        <translation>retirar la verificación</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>p.&amp;nbsp;%1</source>
        <translation>p.&amp;nbsp;%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recomendación %1</translation>
    </message>
    <message>
        <source>Section / country</source>
        <translation>Sección / país</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Dirigida a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Respuesta de la dirección</translation>
    </message>
    <message>
        <source>No response recorded.</source>
        <translation>No hay respuesta registrada.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Time frame: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Donor comments</source>
        <translation>Comentarios de los donantes</translation>
    </message>
    <message>
        <source>No donor comments.</source>
        <translation>No hay comentarios de donantes.</translation>
    </message>
    <message>
        <source>Edited by a reviewer. Extracted values — %1</source>
        <translation>Editado por un revisor. Valores extraídos — %1</translation>
    </message>
    <message>
        <source>Edited by a reviewer. Extracted value — %1</source>
        <translation>Editado por un revisor. Valor extraído — %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DonorStance</name>
    <message>
        <source>Agrees</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Asks for more</source>
        <translation>Pide más información</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>En desacuerdo</translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>calendario</translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation>dirigida a</translation>
    </message>
    <message>
        <source>response category</source>
        <translation>categoría de respuesta</translation>
    </message>
    <message>
        <source>response text</source>
        <translation>texto de la respuesta</translation>
    </message>
    <message>
        <source>time frame</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>donante</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>donor comment</source>
        <translation>comentario de donante</translation>
    </message>
</context>
<context>
    <name>FollowUpCommand</name>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>cambiar %1 de %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>&lt;b&gt;Follow-up&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seguimiento&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Unit or person responsible</source>
        <translation>Unidad o persona responsable</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>What was done, what is missing, evidence seen…</source>
        <translation>Qué se hizo, qué falta, evidencias consultadas…</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Guardar &amp;nota</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Guardar la nota (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Follow-up history</source>
        <translation>Historial del seguimiento</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation>Parcialmente completada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Ya no pertinente</translation>
    </message>
</context>
<context>
    <name>OpenFilesQuestion</name>
    <message>
        <source>Import this document into the library?</source>
        <translation>¿Importar este documento en la biblioteca?</translation>
    </message>
    <message numerus="yes">
        <source>Import these %n documents into the library?</source>
        <translation>
            <numerusform>¿Importar este documento en la biblioteca?</numerusform>
            <numerusform>¿Importar estos %n documentos en la biblioteca?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Addressed to (separate with ;)</source>
        <translation>Dirigida a (separar con ;)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Response text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
</context>
<context>
    <name>ReplaceVersionQuestion</name>
    <message>
        <source>The library already holds “%1” (%2, imported %3), and %4 has the same title with other content: it looks like a revised version.</source>
        <translation>La biblioteca ya contiene «%1» (%2, importado el %3), y %4 tiene el mismo título con otro contenido: parece una versión revisada.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the earlier version? Your follow-up of its %n recommendation(s) (status, owner, due date, note, history) and your link decisions move to the matching recommendations of the new version. Whatever matches nothing is kept and listed after the import.</source>
        <translation>
            <numerusform>¿Reemplazar la versión anterior? El seguimiento de su %n recomendación (estado, responsable, fecha límite, nota, historial) y sus decisiones sobre los vínculos pasan a las recomendaciones correspondientes de la nueva versión. Lo que no corresponda a nada se conserva y se enumera después de la importación.</numerusform>
            <numerusform>¿Reemplazar la versión anterior? El seguimiento de sus %n recomendaciones (estado, responsable, fecha límite, nota, historial) y sus decisiones sobre los vínculos pasan a las recomendaciones correspondientes de la nueva versión. Lo que no corresponda a nada se conserva y se enumera después de la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the earlier version? It has no follow-up yet; your link decisions move to the matching recommendations of the new version.</source>
        <translation>¿Reemplazar la versión anterior? Aún no tiene seguimiento; sus decisiones sobre los vínculos pasan a las recomendaciones correspondientes de la nueva versión.</translation>
    </message>
    <message>
        <source>Keep both imports the new version beside the earlier one.</source>
        <translation>«Conservar ambas» importa la nueva versión junto a la anterior.</translation>
    </message>
    <message>
        <source>Replace the earlier version?</source>
        <translation>¿Reemplazar la versión anterior?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conservar ambas</translation>
    </message>
</context>
<context>
    <name>ResponseCategory</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Accepted with reservations</source>
        <translation>Aceptada con reservas</translation>
    </message>
    <message>
        <source>Partially accepted</source>
        <translation>Parcialmente aceptada</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Sin posición</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nombre del &amp;revisor:</translation>
    </message>
    <message>
        <source>Recorded as the author of every follow-up change</source>
        <translation>Se registra como autor de cada cambio del seguimiento</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Biblioteca:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Recent libraries (double-click to choose):</source>
        <translation>Bibliotecas recientes (doble clic para elegir):</translation>
    </message>
</context>
<context>
    <name>evalreview::AddRecordDialog</name>
    <message>
        <source>Add a Record from the Page</source>
        <translation>Añadir un registro desde la página</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Respuesta de la dirección</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Donor comment</source>
        <translation>Comentario de donante</translation>
    </message>
    <message>
        <source>next number</source>
        <translation>número siguiente</translation>
    </message>
    <message>
        <source>&amp;Add as:</source>
        <translation>&amp;Añadir como:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Pertenece a:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donante:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>No words lie in the region: type the text, or cancel and draw around it.</source>
        <translation>No hay palabras en la zona: escriba el texto, o cancele y trace un marco alrededor.</translation>
    </message>
    <message>
        <source>This document has no recommendation yet: add the recommendation first.</source>
        <translation>Este documento aún no tiene recomendaciones: añada primero la recomendación.</translation>
    </message>
    <message>
        <source>Name the donor whose comment this is.</source>
        <translation>Indique el donante autor de este comentario.</translation>
    </message>
</context>
<context>
    <name>evalreview::BackupController</name>
    <message>
        <source>Back up the library to</source>
        <translation>Hacer copia de seguridad de la biblioteca en</translation>
    </message>
    <message>
        <source>EvalReview libraries (*.evalreview)</source>
        <translation>Bibliotecas de EvalReview (*.evalreview)</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Copia de seguridad no escrita</translation>
    </message>
    <message>
        <source>A backup cannot replace the library itself; choose another file.</source>
        <translation>Una copia de seguridad no puede reemplazar la propia biblioteca; elija otro archivo.</translation>
    </message>
    <message>
        <source>Library backed up</source>
        <translation>Copia de seguridad realizada</translation>
    </message>
    <message>
        <source>The library was backed up to %1.</source>
        <translation>Se hizo una copia de seguridad de la biblioteca en %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the library from</source>
        <translation>Restaurar la biblioteca desde</translation>
    </message>
    <message>
        <source>EvalReview libraries (*.evalreview);;All files (*)</source>
        <translation>Bibliotecas de EvalReview (*.evalreview);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>The library will be replaced by the backup %1. The current library is kept as %2. Continue?</source>
        <translation>La biblioteca se reemplazará por la copia de seguridad %1. La biblioteca actual se conserva como %2. ¿Continuar?</translation>
    </message>
    <message>
        <source>A backup is still being written; restore when it has finished.</source>
        <translation>Todavía se está escribiendo una copia de seguridad; restaure cuando haya terminado.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Copia de seguridad no restaurada</translation>
    </message>
    <message>
        <source>Library restored</source>
        <translation>Biblioteca restaurada</translation>
    </message>
    <message>
        <source>The library was restored from %1. The previous library is kept as %2.</source>
        <translation>La biblioteca se restauró desde %1. La biblioteca anterior se conserva como %2.</translation>
    </message>
    <message>
        <source>A team library is restored on its server by the server&apos;s administrator; a local copy saved from it can be opened as a library file.</source>
        <translation>Una biblioteca de equipo la restaura en su servidor el administrador del servidor; una copia local guardada de ella puede abrirse como archivo de biblioteca.</translation>
    </message>
</context>
<context>
    <name>evalreview::ChartTable</name>
    <message>
        <source>The figures of the chart “%1”</source>
        <translation>Las cifras del gráfico «%1»</translation>
    </message>
</context>
<context>
    <name>evalreview::CorrectionController</name>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Editar registro…</translation>
    </message>
    <message>
        <source>Correct the recommendation, its response, actions or donor comments</source>
        <translation>Corregir la recomendación, su respuesta, sus acciones o los comentarios de los donantes</translation>
    </message>
    <message>
        <source>&amp;Delete Recommendation</source>
        <translation>E&amp;liminar recomendación</translation>
    </message>
    <message>
        <source>Remove a recommendation the import found by mistake (Undo brings it back)</source>
        <translation>Quitar una recomendación que la importación encontró por error (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Verificada</translation>
    </message>
    <message>
        <source>Sign off the recommendation as checked against the document</source>
        <translation>Validar la recomendación como cotejada con el documento</translation>
    </message>
    <message>
        <source>&amp;Split Recommendation…</source>
        <translation>&amp;Dividir recomendación…</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Fusionar con la siguiente</translation>
    </message>
    <message>
        <source>&amp;Add Record from Page…</source>
        <translation>&amp;Añadir registro desde la página…</translation>
    </message>
    <message>
        <source>Draw a rectangle around a record&apos;s text on the page</source>
        <translation>Trazar un rectángulo alrededor del texto de un registro en la página</translation>
    </message>
    <message>
        <source>edit recommendation %1</source>
        <translation>editar la recomendación %1</translation>
    </message>
    <message>
        <source>Page not read</source>
        <translation>Página no leída</translation>
    </message>
    <message>
        <source>Split Recommendation %1</source>
        <translation>Dividir la recomendación %1</translation>
    </message>
    <message>
        <source>Click where the second recommendation starts, then choose Split.</source>
        <translation>Haga clic donde empieza la segunda recomendación y elija Dividir.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>Nothing to split</source>
        <translation>Nada que dividir</translation>
    </message>
    <message>
        <source>Place the cursor inside the text: both parts need some of it.</source>
        <translation>Coloque el cursor dentro del texto: cada parte necesita una porción.</translation>
    </message>
    <message>
        <source>split recommendation %1</source>
        <translation>dividir la recomendación %1</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Nada que fusionar</translation>
    </message>
    <message>
        <source>The next recommendation in the list belongs to another document.</source>
        <translation>La siguiente recomendación de la lista pertenece a otro documento.</translation>
    </message>
    <message>
        <source>merge recommendations %1 and %2</source>
        <translation>fusionar las recomendaciones %1 y %2</translation>
    </message>
</context>
<context>
    <name>evalreview::DashboardView</name>
    <message>
        <source>Show overdue</source>
        <translation>Mostrar vencidas</translation>
    </message>
    <message>
        <source>Show the overdue recommendations in the table</source>
        <translation>Mostrar en la tabla las recomendaciones vencidas</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Leyendo la biblioteca</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Leyendo la biblioteca…</translation>
    </message>
    <message>
        <source>%1 recommendation</source>
        <translation>%1 recomendación</translation>
    </message>
    <message>
        <source>%1 recommendations</source>
        <translation>%1 recomendaciones</translation>
    </message>
    <message>
        <source>Acceptance by section / country</source>
        <translation>Aceptación por sección / país</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Follow-up status by due quarter</source>
        <translation>Estado del seguimiento por trimestre de vencimiento</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Share of recommendations completed</source>
        <translation>Proporción de recomendaciones completadas</translation>
    </message>
    <message>
        <source>Completed (%)</source>
        <translation>Completadas (%)</translation>
    </message>
    <message>
        <source>Donor comments and open requests</source>
        <translation>Comentarios de donantes y solicitudes pendientes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Solicitudes pendientes</translation>
    </message>
    <message>
        <source>Show as &amp;Tables</source>
        <translation>Mostrar como &amp;tablas</translation>
    </message>
    <message>
        <source>Show the figures of the charts as tables</source>
        <translation>Mostrar las cifras de los gráficos como tablas</translation>
    </message>
    <message>
        <source>Chart; its figures are also shown by Show as Tables</source>
        <translation>Gráfico; sus cifras también se muestran con «Mostrar como tablas»</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>one recommendation</comment>
        <translation>%1 vencida</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>several recommendations</comment>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <source>%1 without update for %2 months</source>
        <comment>one recommendation</comment>
        <translation>%1 sin actualización desde hace %2 meses</translation>
    </message>
    <message>
        <source>%1 without update for %2 months</source>
        <comment>several recommendations</comment>
        <translation>%1 sin actualización desde hace %2 meses</translation>
    </message>
</context>
<context>
    <name>evalreview::DetailView</name>
    <message>
        <source>Copy citation</source>
        <translation>Copiar cita</translation>
    </message>
    <message>
        <source>Copy the selected text (or the recommendation) with document title and page</source>
        <translation>Copiar el texto seleccionado (o la recomendación) con el título del documento y la página</translation>
    </message>
    <message>
        <source>Select a recommendation to see it beside its response, actions and donor comments.</source>
        <translation>Seleccione una recomendación para verla junto a su respuesta, sus acciones y los comentarios de los donantes.</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verificada</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadida a mano</translation>
    </message>
    <message>
        <source>✎ edited</source>
        <translation>✎ editada</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2%3%4</translation>
    </message>
    <message>
        <source> · page %1</source>
        <translation> · página %1</translation>
    </message>
    <message>
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, recommendation %3)</source>
        <translation>«%1» (%2, recomendación %3)</translation>
    </message>
    <message>
        <source>Selected recommendation</source>
        <translation>Recomendación seleccionada</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Management response and actions</source>
        <translation>Respuesta de la dirección y acciones</translation>
    </message>
    <message>
        <source>Donor comments</source>
        <translation>Comentarios de los donantes</translation>
    </message>
    <message>
        <source>Page references are links: Tab moves to them, Enter shows the page</source>
        <translation>Las referencias a páginas son vínculos: Tab lleva a ellos, Intro muestra la página</translation>
    </message>
</context>
<context>
    <name>evalreview::DisagreementModel</name>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Respuesta de la dirección</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Donor comment</source>
        <translation>Comentario de donante</translation>
    </message>
</context>
<context>
    <name>evalreview::DisagreementView</name>
    <message>
        <source>Donor:</source>
        <translation>Donante:</translation>
    </message>
    <message>
        <source>Show the comments of one donor only</source>
        <translation>Mostrar solo los comentarios de un donante</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Leyendo la biblioteca</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>Todos los donantes</translation>
    </message>
    <message>
        <source>%1 line</source>
        <translation>%1 línea</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
</context>
<context>
    <name>evalreview::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>Current view (%n recommendation(s))</source>
        <translation>
            <numerusform>Vista actual (%n recomendación)</numerusform>
            <numerusform>Vista actual (%n recomendaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tabla CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>HTML evidence bundle (.html)</source>
        <translation>Paquete de evidencias HTML (.html)</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>Informe PDF (.pdf)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>Leyendo %1 de %2…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Please choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>Carpeta no encontrada</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Recommendations and follow-up</source>
        <translation>Recomendaciones y seguimiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Leyendo los registros…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>La exportación se canceló; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Exported to %1. %2</source>
        <translation>Exportado a %1. %2</translation>
    </message>
    <message>
        <source>Indicators period:</source>
        <translation>Periodo de los indicadores:</translation>
    </message>
    <message>
        <source>The workbook and the report end with the follow-up indicators of the exported recommendations; their closure rate counts the follow-ups due in this period</source>
        <translation>El libro y el informe terminan con los indicadores de seguimiento de las recomendaciones exportadas; su tasa de cierre cuenta los seguimientos vencidos en este periodo</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vista actual</translation>
    </message>
</context>
<context>
    <name>evalreview::ExportJob</name>
    <message>
        <source>No recommendation matches the current filters, so there is nothing to export.</source>
        <translation>Ninguna recomendación coincide con los filtros actuales, así que no hay nada que exportar.</translation>
    </message>
</context>
<context>
    <name>evalreview::FilterBar</name>
    <message>
        <source>Filter by words…</source>
        <translation>Filtrar por palabras…</translation>
    </message>
    <message>
        <source>Words in the recommendation, its response, actions or donor comments</source>
        <translation>Palabras de la recomendación, su respuesta, sus acciones o los comentarios de los donantes</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Cualquier seguimiento</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Estado del seguimiento</translation>
    </message>
    <message>
        <source>All sections / countries</source>
        <translation>Todas las secciones / todos los países</translation>
    </message>
    <message>
        <source>Section or country</source>
        <translation>Sección o país</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>Cualquier respuesta</translation>
    </message>
    <message>
        <source>Response category</source>
        <translation>Categoría de respuesta</translation>
    </message>
    <message>
        <source>Any donor</source>
        <translation>Cualquier donante</translation>
    </message>
    <message>
        <source>Donor who commented</source>
        <translation>Donante que comentó</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Only recommendations past their due date and not completed</source>
        <translation>Solo las recomendaciones con la fecha límite pasada y no completadas</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>Comentadas</translation>
    </message>
    <message>
        <source>Only recommendations with at least one donor comment</source>
        <translation>Solo las recomendaciones con al menos un comentario de donante</translation>
    </message>
    <message>
        <source>Recommendations a reviewer signed off, or not yet</source>
        <translation>Recomendaciones que un revisor validó, o todavía no</translation>
    </message>
    <message>
        <source>Verified or not</source>
        <translation>Verificadas o no</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificadas</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificadas</translation>
    </message>
    <message>
        <source>Only recommendations due in this period; click to remove</source>
        <translation>Solo las recomendaciones que vencen en este periodo; haga clic para quitar</translation>
    </message>
    <message>
        <source>Due: %1 ✕</source>
        <translation>Vence: %1 ✕</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Filtrar por palabras</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>Theme (SDG or cross-cutting)</source>
        <translation>Tema (ODS o transversal)</translation>
    </message>
</context>
<context>
    <name>evalreview::FollowUpPanel</name>
    <message>
        <source>Derived from the document&apos;s timing; edit to confirm.</source>
        <translation>Deducida del calendario del documento; edítela para confirmarla.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
</context>
<context>
    <name>evalreview::FollowUpViews</name>
    <message>
        <source>Linked Records</source>
        <translation>Registros vinculados</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>An export is still running; restore the backup when it has finished.</source>
        <translation>Todavía hay una exportación en curso; restaure la copia de seguridad cuando haya terminado.</translation>
    </message>
    <message>
        <source>Documents are still being imported; restore the backup when the import has finished.</source>
        <translation>Todavía se están importando documentos; restaure la copia de seguridad cuando termine la importación.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Copia de seguridad de la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Due %1 (derived from the timing; editable)</source>
        <translation>Vence el %1 (deducida del calendario; editable)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message numerus="yes">
        <source>No update for %n month(s)</source>
        <translation>
            <numerusform>Sin actualización desde hace %n mes</numerusform>
            <numerusform>Sin actualización desde hace %n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evalreview::ImportController</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Archivo %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1
Page %2 of %3</source>
        <translation>%1
Página %2 de %3</translation>
    </message>
    <message>
        <source>%1
Waiting for your answer…</source>
        <translation>%1
Esperando su respuesta…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: correction of %2</source>
        <translation>%1: corrección de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n documento importado.</numerusform>
            <numerusform>%n documentos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were already in the library: %1.</source>
        <translation>
            <numerusform>%n documento ya estaba en la biblioteca: %1.</numerusform>
            <numerusform>%n documentos ya estaban en la biblioteca: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not imported because the import was cancelled.</source>
        <translation>
            <numerusform>%n archivo no se importó porque se canceló la importación.</numerusform>
            <numerusform>%n archivos no se importaron porque se canceló la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 replaced the earlier version; the follow-up moved to the matching recommendations.</source>
        <translation>%1 reemplazó la versión anterior; el seguimiento pasó a las recomendaciones correspondientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n archivo no se pudo importar:</numerusform>
            <numerusform>%n archivos no se pudieron importar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) or correction(s) matched no record of the new version and were kept in the library:</source>
        <translation>
            <numerusform>%n seguimiento o corrección no correspondía a ningún registro de la nueva versión y se conservó en la biblioteca:</numerusform>
            <numerusform>%n seguimientos o correcciones no correspondían a ningún registro de la nueva versión y se conservaron en la biblioteca:</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the extraction of these documents:</source>
        <translation>Revise la extracción de estos documentos:</translation>
    </message>
</context>
<context>
    <name>evalreview::ImportWorker</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
</context>
<context>
    <name>evalreview::IndicatorTableModel</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Not actionable</source>
        <translation>No accionables</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Aplicadas</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>Tasa de cierre</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Donor requests</source>
        <translation>Solicitudes de donantes</translation>
    </message>
    <message>
        <source>Days to response</source>
        <translation>Días hasta la respuesta</translation>
    </message>
    <message>
        <source>Open follow-ups due before today</source>
        <translation>Seguimientos abiertos vencidos antes de hoy</translation>
    </message>
    <message>
        <source>Donor comments that ask for something or disagree, on records not closed</source>
        <translation>Comentarios de donantes que piden algo o expresan desacuerdo, en registros no cerrados</translation>
    </message>
    <message>
        <source>Median days from an evaluation to the management response that answers it</source>
        <translation>Mediana de días entre una evaluación y la respuesta de la dirección que le responde</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Management responses none of whose actions names both a responsible unit and a time frame, of the responses</source>
        <translation>Respuestas de la dirección en las que ninguna acción nombra a la vez una unidad responsable y un plazo, del total de respuestas</translation>
    </message>
    <message>
        <source>Accepted recommendations (also with reservations or partially) whose follow-up is completed, of the accepted ones</source>
        <translation>Recomendaciones aceptadas (también con reservas o parcialmente) cuyo seguimiento está completado, del total de aceptadas</translation>
    </message>
    <message>
        <source>Follow-ups due in the period chosen and completed by its end, of those due in it</source>
        <translation>Seguimientos vencidos en el periodo elegido y completados antes de su final, del total de vencidos en él</translation>
    </message>
</context>
<context>
    <name>evalreview::LearningDashboard</name>
    <message>
        <source>Recommendations by theme</source>
        <translation>Recomendaciones por tema</translation>
    </message>
    <message>
        <source>Overdue follow-ups by owner</source>
        <translation>Seguimientos vencidos por responsable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message numerus="yes">
        <source>Closure rate: %1 of the %n follow-up(s) due were completed</source>
        <translation>
            <numerusform>Tasa de cierre: se completó el %1 de %n seguimiento vencido</numerusform>
            <numerusform>Tasa de cierre: se completó el %1 de los %n seguimientos vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Accepted and implemented: %1 of %n accepted recommendation(s)</source>
        <translation>
            <numerusform>Aceptadas y aplicadas: %1 de %n recomendación aceptada</numerusform>
            <numerusform>Aceptadas y aplicadas: %1 de las %n recomendaciones aceptadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Responses not actionable (no action with both a responsible unit and a time frame): %1 of %2</source>
        <translation>Respuestas no accionables (ninguna acción con una unidad responsable y un plazo a la vez): %1 de %2</translation>
    </message>
    <message>
        <source>Donor requests without an answer: %1</source>
        <translation>Solicitudes de donantes sin respuesta: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencidos: %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Group the indicators by</source>
        <translation>Agrupar los indicadores por</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Leyendo la biblioteca</translation>
    </message>
    <message>
        <source>Write the indicators of the period chosen, by document, organisation, year and owner, to a CSV file</source>
        <translation>Escribir los indicadores del periodo elegido, por documento, organización, año y responsable, en un archivo CSV</translation>
    </message>
    <message>
        <source>Follow-up indicators by group</source>
        <translation>Indicadores de seguimiento por grupo</translation>
    </message>
    <message numerus="yes">
        <source>From evaluation to management response: %1 days (median of %n pair(s) of documents)</source>
        <translation>
            <numerusform>De la evaluación a la respuesta de la dirección: %1 días (mediana de %n par de documentos)</numerusform>
            <numerusform>De la evaluación a la respuesta de la dirección: %1 días (mediana de %n pares de documentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>Exportar los indicadores</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Indicators written to %1</source>
        <translation>Indicadores escritos en %1</translation>
    </message>
    <message>
        <source>Closure rate period:</source>
        <translation>Periodo de la tasa de cierre:</translation>
    </message>
    <message>
        <source>Indicators by:</source>
        <translation>Indicadores por:</translation>
    </message>
</context>
<context>
    <name>evalreview::LearningViews</name>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Recurring Recommendation</source>
        <translation>Recomendación recurrente</translation>
    </message>
    <message>
        <source>Themes and Indicators</source>
        <translation>Temas e indicadores</translation>
    </message>
    <message>
        <source>Lessons not exported: %1</source>
        <translation>Lecciones no exportadas: %1</translation>
    </message>
    <message>
        <source>Indicators not exported: %1</source>
        <translation>Indicadores no exportados: %1</translation>
    </message>
    <message>
        <source>Edit &amp;Themes…</source>
        <translation>Editar &amp;temas…</translation>
    </message>
    <message>
        <source>Edit the themes and their keywords, import or export them as CSV</source>
        <translation>Editar los temas y sus palabras clave, importarlos o exportarlos como CSV</translation>
    </message>
</context>
<context>
    <name>evalreview::LessonTableModel</name>
    <message>
        <source>Lesson learned</source>
        <translation>Lección aprendida</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>evalreview::LessonsView</name>
    <message>
        <source>Search lessons…</source>
        <translation>Buscar en las lecciones…</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Buscar en las lecciones</translation>
    </message>
    <message>
        <source>Every word must be in the text; case and accents do not matter</source>
        <translation>Cada palabra debe figurar en el texto; no se distinguen mayúsculas ni acentos</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Kind of lesson</source>
        <translation>Tipo de lección</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Leyendo la biblioteca</translation>
    </message>
    <message>
        <source>Lessons learned, good practices and conclusions</source>
        <translation>Lecciones aprendidas, buenas prácticas y conclusiones</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Write the listed lessons to a CSV file</source>
        <translation>Escribir las lecciones listadas en un archivo CSV</translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation>Exportar las lecciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) written to %1</source>
        <translation>
            <numerusform>%n lección escrita en %1</numerusform>
            <numerusform>%n lecciones escritas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evalreview::LibraryCopyController</name>
    <message>
        <source>Cop&amp;y Library to Server…</source>
        <translation>Copiar la biblioteca al ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Copy the open library file, with all its reviewer data, into an empty team library</source>
        <translation>Copiar el archivo de biblioteca abierto, con todos sus datos de revisores, en una biblioteca de equipo vacía</translation>
    </message>
    <message>
        <source>Copy Library to Server</source>
        <translation>Copiar la biblioteca al servidor</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>The library %1 is copied, with all its reviewer data, into a team library that holds nothing yet. Only the owner of the team library&apos;s database can do this; the library file stays as it is.</source>
        <translation>La biblioteca %1 se copia, con todos sus datos de revisores, en una biblioteca de equipo que aún está vacía. Solo el propietario de la base de datos de la biblioteca de equipo puede hacerlo; el archivo de biblioteca queda tal como está.</translation>
    </message>
    <message>
        <source>Library not copied</source>
        <translation>Biblioteca no copiada</translation>
    </message>
    <message>
        <source>Copying %1 to the team library %2…
The copy is one step on the server: if you cancel it, nothing is copied.</source>
        <translation>Copiando %1 en la biblioteca de equipo %2…
La copia se hace en un solo paso en el servidor: si la cancela, no se copia nada.</translation>
    </message>
    <message>
        <source>Copying the library to the team library %1…</source>
        <translation>Copiando la biblioteca en la biblioteca de equipo %1…</translation>
    </message>
    <message>
        <source>Cancelling the copy…</source>
        <translation>Cancelando la copia…</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to the team library.</source>
        <translation>La copia se canceló; no se copió nada en la biblioteca de equipo.</translation>
    </message>
    <message>
        <source>The library was copied to the team library %1.</source>
        <translation>La biblioteca se copió en la biblioteca de equipo %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of %1, with all the reviewer data, are now in the team library %2. Open the team library now?</source>
        <translation>
            <numerusform>%n documento de %1, con todos los datos de los revisores, está ahora en la biblioteca de equipo %2. ¿Abrir ahora la biblioteca de equipo?</numerusform>
            <numerusform>%n documentos de %1, con todos los datos de los revisores, están ahora en la biblioteca de equipo %2. ¿Abrir ahora la biblioteca de equipo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Library copied</source>
        <translation>Biblioteca copiada</translation>
    </message>
    <message>
        <source>&amp;Open Team Library</source>
        <translation>&amp;Abrir la biblioteca de equipo</translation>
    </message>
    <message>
        <source>&amp;Keep This Library Open</source>
        <translation>&amp;Mantener abierta esta biblioteca</translation>
    </message>
</context>
<context>
    <name>evalreview::LibrarySession</name>
    <message>
        <source>This library is read-only here (its file or folder cannot be written), so nothing can be changed in it.</source>
        <translation>Esta biblioteca es aquí de solo lectura (no se puede escribir en su archivo o carpeta), así que no se puede cambiar nada en ella.</translation>
    </message>
</context>
<context>
    <name>evalreview::LibrarySidebar</name>
    <message numerus="yes">
        <source>%1
%2 · %n page(s)</source>
        <translation>
            <numerusform>%1
%2 · %n página</numerusform>
            <numerusform>%1
%2 · %n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recomendación</numerusform>
            <numerusform>%n recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n verificada</numerusform>
            <numerusform>%n verificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the extraction:</source>
        <translation>Revise la extracción:</translation>
    </message>
    <message>
        <source>Right-click and choose Mark Up by Hand to add what the import missed.</source>
        <translation>Haga clic derecho y elija «Marcar a mano» para añadir lo que la importación omitió.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Recs</source>
        <translation>Recs.</translation>
    </message>
    <message>
        <source>Management responses</source>
        <translation>Respuestas de la dirección</translation>
    </message>
    <message>
        <source>Evaluation reports</source>
        <translation>Informes de evaluación</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Informes de avance</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Boletines</translation>
    </message>
    <message>
        <source>Final reports</source>
        <translation>Informes finales</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Otros documentos</translation>
    </message>
    <message>
        <source>All documents (%1)</source>
        <translation>Todos los documentos (%1)</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programa %1</translation>
    </message>
    <message>
        <source>Mark Up by Hand…</source>
        <translation>Marcar a mano…</translation>
    </message>
    <message>
        <source>Library documents</source>
        <translation>Documentos de la biblioteca</translation>
    </message>
    <message>
        <source>Share with Donors…</source>
        <translation>Compartir con los donantes…</translation>
    </message>
</context>
<context>
    <name>evalreview::LinkChainPanel</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Añadir vínculo…</translation>
    </message>
    <message>
        <source>Confirm the selected suggested link</source>
        <translation>Confirmar el vínculo sugerido seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected link; it will not be suggested again</source>
        <translation>Quitar el vínculo seleccionado; no se volverá a sugerir</translation>
    </message>
    <message>
        <source>Link this recommendation to another one, chosen by its code</source>
        <translation>Vincular esta recomendación a otra, elegida por su código</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Respuesta de la dirección</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Donor comments</source>
        <translation>Comentarios de los donantes</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Añadir vínculo</translation>
    </message>
    <message>
        <source>Code of the recommendation to link to:</source>
        <translation>Código de la recomendación que vincular:</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerido</translation>
    </message>
    <message>
        <source>%1 link, score %2; click to open</source>
        <translation>Vínculo %1, puntuación %2; haga clic para abrir</translation>
    </message>
    <message>
        <source>%1 — %2 (this record)</source>
        <translation>%1 — %2 (este registro)</translation>
    </message>
    <message>
        <source>confirm a link</source>
        <translation>confirmar un vínculo</translation>
    </message>
    <message>
        <source>remove a link</source>
        <translation>quitar un vínculo</translation>
    </message>
    <message>
        <source>No such recommendation</source>
        <translation>No existe esa recomendación</translation>
    </message>
    <message>
        <source>No other recommendation has the code %1.</source>
        <translation>Ninguna otra recomendación tiene el código %1.</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>vincular a %1</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Registros vinculados</translation>
    </message>
</context>
<context>
    <name>evalreview::MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>This library&apos;s file or folder cannot be written here: it can be read, searched and exported, but not changed.</source>
        <translation>No se puede escribir aquí en el archivo o la carpeta de esta biblioteca: se puede leer, buscar y exportar, pero no cambiar.</translation>
    </message>
    <message>
        <source>The library is read-only</source>
        <translation>La biblioteca es de solo lectura</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) match the filters</source>
        <translation>
            <numerusform>%n recomendación coincide con los filtros</numerusform>
            <numerusform>%n recomendaciones coinciden con los filtros</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>A change was not saved</source>
        <translation>Un cambio no se guardó</translation>
    </message>
    <message>
        <source>The change “%1” could not be saved in the library.</source>
        <translation>El cambio «%1» no se pudo guardar en la biblioteca.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Abrir &amp;biblioteca…</translation>
    </message>
    <message>
        <source>Recent Libraries</source>
        <translation>Bibliotecas recientes</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copiar &amp;cita</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Filter Recommendations</source>
        <translation>&amp;Filtrar recomendaciones</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit Width</source>
        <translation>Ajustar al an&amp;cho</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Previous Recommendation</source>
        <translation>Recomendación &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Recommendation</source>
        <translation>Recomendación &amp;siguiente</translation>
    </message>
    <message>
        <source>Previous &amp;Page</source>
        <translation>&amp;Página anterior</translation>
    </message>
    <message>
        <source>Next P&amp;age</source>
        <translation>Página si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About EvalReview</source>
        <translation>&amp;Acerca de EvalReview</translation>
    </message>
    <message>
        <source>Library not opened</source>
        <translation>Biblioteca no abierta</translation>
    </message>
    <message>
        <source>%1 (read-only) — EvalReview</source>
        <translation>%1 (solo lectura) — EvalReview</translation>
    </message>
    <message>
        <source>%1 — EvalReview</source>
        <translation>%1 — EvalReview</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in %1</source>
        <translation>
            <numerusform>%n documento en %1</numerusform>
            <numerusform>%n documentos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Only PDF and Word (DOCX) documents can be imported.</source>
        <translation>Solo se pueden importar documentos PDF y Word (DOCX).</translation>
    </message>
    <message>
        <source>Library is read-only</source>
        <translation>La biblioteca es de solo lectura</translation>
    </message>
    <message>
        <source>Documents cannot be imported into this library: its file or folder cannot be written here. Open or create a library in a folder you can write to.</source>
        <translation>No se pueden importar documentos en esta biblioteca: no se puede escribir aquí en su archivo o carpeta. Abra o cree una biblioteca en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Import under way</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>Please wait until the current import has finished.</source>
        <translation>Espere a que termine la importación en curso.</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Evaluation documents (*.pdf *.docx)</source>
        <translation>Documentos de evaluación (*.pdf *.docx)</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>Abrir o crear una biblioteca</translation>
    </message>
    <message>
        <source>EvalReview libraries (*.evalreview);;All files (*)</source>
        <translation>Bibliotecas de EvalReview (*.evalreview);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>About EvalReview</source>
        <translation>Acerca de EvalReview</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EvalReview %1&lt;/h3&gt;&lt;p&gt;A workbench for following up evaluations of development programmes: recommendations, management responses, actions, donor comments and follow-up, each traced to its source page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EvalReview %1&lt;/h3&gt;&lt;p&gt;Un entorno de trabajo para el seguimiento de evaluaciones de programas de desarrollo: recomendaciones, respuestas de la dirección, acciones, comentarios de los donantes y seguimiento, cada uno vinculado a su página de origen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Library…</source>
        <translation>Conectar a una &amp;biblioteca de equipo…</translation>
    </message>
    <message>
        <source>%1 on %2 (team library)</source>
        <translation>%1 en %2 (biblioteca de equipo)</translation>
    </message>
    <message>
        <source>Changes by others are no longer shown as they happen: %1</source>
        <translation>Los cambios de otras personas ya no se muestran a medida que ocurren: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>Role: %1 (%2)</source>
        <translation>Rol: %1 (%2)</translation>
    </message>
    <message>
        <source>Your role on this team library lets you read and search it, not change it.</source>
        <translation>Su rol en esta biblioteca de equipo le permite leerla y buscar en ella, no modificarla.</translation>
    </message>
    <message>
        <source>Your role on this team library</source>
        <translation>Su rol en esta biblioteca de equipo</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>programme manager</source>
        <translation>responsable de programa</translation>
    </message>
    <message>
        <source>evaluator</source>
        <translation>evaluador</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>donante</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>Connecting to team library %1…</source>
        <translation>Conectando con la biblioteca de equipo %1…</translation>
    </message>
    <message>
        <source>What donors read is saved.</source>
        <translation>Se guardó lo que leen los donantes.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>evalreview::PageRenderer</name>
    <message>
        <source>The source file %1 is no longer where it was imported from.</source>
        <translation>El archivo de origen %1 ya no está donde se importó.</translation>
    </message>
    <message>
        <source>The source file %1 cannot be opened as a PDF.</source>
        <translation>El archivo de origen %1 no se puede abrir como PDF.</translation>
    </message>
    <message>
        <source>Page %1 is not in this document.</source>
        <translation>La página %1 no está en este documento.</translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation>La página %1 no se puede leer.</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation>La página %1 no se pudo mostrar.</translation>
    </message>
</context>
<context>
    <name>evalreview::PageView</name>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Add a record: draw a rectangle around its text on the page (Esc to stop)</source>
        <translation>Añadir un registro: trace un rectángulo alrededor de su texto en la página (Esc para terminar)</translation>
    </message>
    <message>
        <source>Source page</source>
        <translation>Página de origen</translation>
    </message>
    <message>
        <source>The source page of the selected field appears here.</source>
        <translation>Aquí aparece la página de origen del campo seleccionado.</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · página %2</translation>
    </message>
    <message>
        <source>%1 is a Word document, which has no fixed pages to show. Its text is in the panes below.</source>
        <translation>%1 es un documento de Word, sin páginas fijas que mostrar. Su texto está en los paneles de abajo.</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · página %2 de %3</translation>
    </message>
    <message>
        <source>The page of the document the selected field comes from, its region highlighted; the page title above names the document and page</source>
        <translation>La página del documento de la que procede el campo seleccionado, con su zona resaltada; el título de arriba indica el documento y la página</translation>
    </message>
</context>
<context>
    <name>evalreview::PeriodChooser</name>
    <message>
        <source>Period of the closure rate</source>
        <translation>Periodo de la tasa de cierre</translation>
    </message>
    <message>
        <source>The follow-ups due in this period, and how many of them were completed by its end</source>
        <translation>Los seguimientos vencidos en este periodo, y cuántos de ellos se completaron antes de su final</translation>
    </message>
    <message>
        <source>Everything due up to today</source>
        <translation>Todo lo vencido hasta hoy</translation>
    </message>
    <message>
        <source>This year to date</source>
        <translation>Este año hasta la fecha</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
</context>
<context>
    <name>evalreview::RecommendationTableModel</name>
    <message>
        <source>Added by a reviewer</source>
        <translation>Añadida por un revisor</translation>
    </message>
    <message>
        <source>Edited by a reviewer</source>
        <translation>Editada por un revisor</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificadas</translation>
    </message>
    <message numerus="yes">
        <source>%n donor comment(s)</source>
        <translation>
            <numerusform>%n comentario de donante</numerusform>
            <numerusform>%n comentarios de donantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencida</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Section / country</source>
        <translation>Sección / país</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Number of evaluations in which the same recommendation is made</source>
        <translation>Número de evaluaciones que hacen la misma recomendación</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Vista en</translation>
    </message>
</context>
<context>
    <name>evalreview::RecommendationsPanel</name>
    <message numerus="yes">
        <source>More than %n recommendation(s), counting…</source>
        <translation>
            <numerusform>Más de %n recomendación, contando…</numerusform>
            <numerusform>Más de %n recomendaciones, contando…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recomendación</numerusform>
            <numerusform>%n recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
</context>
<context>
    <name>evalreview::RecordEditDialog</name>
    <message>
        <source>Edit Recommendation %1</source>
        <translation>Editar la recomendación %1</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recomendación %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Acción %1</translation>
    </message>
    <message>
        <source>Comment of %1</source>
        <translation>Comentario de %1</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>Edited. Extracted: %1</source>
        <translation>Editado. Extraído: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Use Extracted Value</source>
        <translation>Usar el valor extraído</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
</context>
<context>
    <name>evalreview::RecurringFinder</name>
    <message>
        <source>Find &amp;Recurring Recommendations</source>
        <translation>Buscar recomendaciones &amp;recurrentes</translation>
    </message>
    <message>
        <source>Group the recommendations of different evaluations that say the same thing (the “Seen in” column)</source>
        <translation>Agrupar las recomendaciones de distintas evaluaciones que dicen lo mismo (la columna «Vista en»)</translation>
    </message>
    <message>
        <source>Finding recurring recommendations</source>
        <translation>Búsqueda de recomendaciones recurrentes</translation>
    </message>
    <message>
        <source>Finding recurring recommendations…</source>
        <translation>Buscando recomendaciones recurrentes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop finding recurring recommendations; the groups stay as they were</source>
        <translation>Detener la búsqueda de recomendaciones recurrentes; los grupos quedan como estaban</translation>
    </message>
    <message>
        <source>find recurring recommendations</source>
        <translation>buscar recomendaciones recurrentes</translation>
    </message>
    <message>
        <source>Finding recurring recommendations was cancelled; the groups are as they were.</source>
        <translation>Se canceló la búsqueda de recomendaciones recurrentes; los grupos quedan como estaban.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of recurring recommendations found; %1 of %2 recommendations are in one.</source>
        <translation>
            <numerusform>Se encontró %n grupo de recomendaciones recurrentes; %1 de las %2 recomendaciones forman parte de alguno.</numerusform>
            <numerusform>Se encontraron %n grupos de recomendaciones recurrentes; %1 de las %2 recomendaciones forman parte de alguno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>evalreview::RecurringGroupView</name>
    <message>
        <source>&amp;Split from Group</source>
        <translation>&amp;Separar del grupo</translation>
    </message>
    <message>
        <source>This recommendation does not say the same thing: take it out of the group</source>
        <translation>Esta recomendación no dice lo mismo: sacarla del grupo</translation>
    </message>
    <message>
        <source>Recommendations of other evaluations that say the same thing</source>
        <translation>Recomendaciones de otras evaluaciones que dicen lo mismo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message numerus="yes">
        <source>Seen in %n evaluation(s): the recommendations below say the same thing.</source>
        <translation>
            <numerusform>Vista en %n evaluación: las recomendaciones siguientes dicen lo mismo.</numerusform>
            <numerusform>Vista en %n evaluaciones: las recomendaciones siguientes dicen lo mismo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected recommendation is seen in no other evaluation.</source>
        <translation>La recomendación seleccionada no aparece en ninguna otra evaluación.</translation>
    </message>
    <message>
        <source>split %1 from its group</source>
        <translation>separar %1 de su grupo</translation>
    </message>
</context>
<context>
    <name>evalreview::SearchPanel</name>
    <message>
        <source>Search all documents (Ctrl+F)</source>
        <translation>Buscar en todos los documentos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Nothing in the library matches &quot;%1&quot;.</source>
        <translation>Nada en la biblioteca coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Enter opens the page.</source>
        <translation>
            <numerusform>%n coincidencia; Intro abre la página.</numerusform>
            <numerusform>%n coincidencias; Intro abre la página.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Buscar en todos los documentos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>About %n match(es); Enter opens the page.</source>
        <translation>
            <numerusform>Alrededor de %n coincidencia; Intro abre la página.</numerusform>
            <numerusform>Alrededor de %n coincidencias; Intro abre la página.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>evalreview::SelectionController</name>
    <message>
        <source>This match has no page to show.</source>
        <translation>Esta coincidencia no tiene página que mostrar.</translation>
    </message>
</context>
<context>
    <name>evalreview::SettingsDialog</name>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>An open recommendation without any follow-up change for this long is flagged</source>
        <translation>Se señala una recomendación abierta sin ningún cambio de seguimiento durante este tiempo</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>&amp;Inactiva tras:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>A new language applies the next time EvalReview starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie EvalReview.</translation>
    </message>
    <message>
        <source>Choose or create a library</source>
        <translation>Elegir o crear una biblioteca</translation>
    </message>
    <message>
        <source>EvalReview libraries (*.evalreview);;All files (*)</source>
        <translation>Bibliotecas de EvalReview (*.evalreview);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>evalreview::ShareDocumentDialog</name>
    <message>
        <source>Share with Donors</source>
        <translation>Compartir con los donantes</translation>
    </message>
    <message>
        <source>Donors read only the documents shared with their organisation, with their recommendations, responses, actions, comments and follow-up. Share “%1” with:</source>
        <translation>Los donantes solo leen los documentos compartidos con su organización, con sus recomendaciones, respuestas, acciones, comentarios y seguimiento. Compartir «%1» con:</translation>
    </message>
    <message>
        <source>Reading what is shared…</source>
        <translation>Leyendo lo que se comparte…</translation>
    </message>
    <message>
        <source>Donor organisations</source>
        <translation>Organizaciones donantes</translation>
    </message>
    <message>
        <source>Another organisation, as its donor logins have it</source>
        <translation>Otra organización, tal como figura en sus cuentas de donante</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>Otra organización</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>The library has no donor logins yet: type the organisation a donor login will have.</source>
        <translation>La biblioteca aún no tiene cuentas de donante: escriba la organización que tendrá una cuenta de donante.</translation>
    </message>
    <message>
        <source>Sharing “%1”</source>
        <translation>Compartir “%1”</translation>
    </message>
</context>
<context>
    <name>evalreview::TeamLibraryDialog</name>
    <message>
        <source>Connect to Team Library</source>
        <translation>Conectar a una biblioteca de equipo</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>su nombre de inicio de sesión</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>de ~/.pgpass si se deja vacía</translation>
    </message>
    <message>
        <source>Kept in memory until EvalReview closes; never saved</source>
        <translation>Se guarda en memoria hasta que EvalReview se cierra; nunca se almacena</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Your administrator gives you these. What you may change in the team library is decided by the role the server gives your user.</source>
        <translation>Su administrador le da estos datos. Lo que puede cambiar en la biblioteca de equipo depende del rol que el servidor da a su usuario.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
</context>
<context>
    <name>evalreview::ThemeEditorDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>Edit Themes</source>
        <translation>Editar los temas</translation>
    </message>
    <message>
        <source>Recommendations, actions and lessons are tagged with the themes whose keywords they hold. Separate keywords with semicolons; a * at the end of a word matches any ending. On OK the tags are suggested again from the keywords; the tags reviewers confirmed or removed stay.</source>
        <translation>Las recomendaciones, acciones y lecciones se etiquetan con los temas cuyas palabras clave contienen. Separe las palabras clave con punto y coma; un * al final de una palabra coincide con cualquier terminación. Al pulsar Aceptar, las etiquetas se vuelven a sugerir a partir de las palabras clave; las que los revisores confirmaron o quitaron se mantienen.</translation>
    </message>
    <message>
        <source>You may look at the themes and export them, but not change them: %1</source>
        <translation>Puede consultar los temas y exportarlos, pero no modificarlos: %1</translation>
    </message>
    <message>
        <source>on a team library only an administrator may.</source>
        <translation>en una biblioteca de equipo solo puede hacerlo un administrador.</translation>
    </message>
    <message>
        <source>this library is read-only here.</source>
        <translation>esta biblioteca es aquí de solo lectura.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Add a theme below the others</source>
        <translation>Añadir un tema debajo de los demás</translation>
    </message>
    <message>
        <source>Remove the selected themes and, once saved, their tags</source>
        <translation>Quitar los temas seleccionados y, una vez guardados, sus etiquetas</translation>
    </message>
    <message>
        <source>Replace the themes shown with those of a CSV file (saved on OK)</source>
        <translation>Reemplazar los temas mostrados por los de un archivo CSV (se guardan al pulsar Aceptar)</translation>
    </message>
    <message>
        <source>Write the themes shown to a CSV file</source>
        <translation>Escribir los temas mostrados en un archivo CSV</translation>
    </message>
    <message>
        <source>The themes could not be read; close and try again.</source>
        <translation>No se pudieron leer los temas; cierre e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Reading the themes…</source>
        <translation>Leyendo los temas…</translation>
    </message>
    <message>
        <source>Import themes</source>
        <translation>Importar temas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Themes not imported</source>
        <translation>Temas no importados</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no themes as EvalReview writes them.</source>
        <translation>El archivo %1 no contiene temas en el formato que escribe EvalReview.</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) read from the file; OK saves them.</source>
        <translation>
            <numerusform>%n tema leído del archivo; Aceptar lo guarda.</numerusform>
            <numerusform>%n temas leídos del archivo; Aceptar los guarda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes not exported</source>
        <translation>Temas no exportados</translation>
    </message>
    <message>
        <source>Export themes</source>
        <translation>Exportar los temas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) written to %1</source>
        <translation>
            <numerusform>%n tema escrito en %1</numerusform>
            <numerusform>%n temas escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes not saved</source>
        <translation>Temas no guardados</translation>
    </message>
    <message>
        <source>Saving the themes and suggesting the tags again…</source>
        <translation>Guardando los temas y volviendo a sugerir las etiquetas…</translation>
    </message>
    <message>
        <source>change the themes</source>
        <translation>modificar los temas</translation>
    </message>
</context>
<context>
    <name>evalreview::ThemeTableModel</name>
    <message>
        <source>The theme on line %1 has no key. Every theme needs a short key, such as “sdg8”.</source>
        <translation>El tema de la línea %1 no tiene clave. Cada tema necesita una clave corta, como «sdg8».</translation>
    </message>
    <message>
        <source>The key “%1” is there twice (line %2). Each theme needs a key of its own.</source>
        <translation>La clave «%1» aparece dos veces (línea %2). Cada tema necesita su propia clave.</translation>
    </message>
    <message>
        <source>The theme “%1” has no label. Give it the name reviewers see.</source>
        <translation>El tema «%1» no tiene nombre. Dele el nombre que verán los revisores.</translation>
    </message>
    <message>
        <source>The taxonomy holds no theme. Add at least one theme.</source>
        <translation>La taxonomía no contiene ningún tema. Añada al menos un tema.</translation>
    </message>
    <message>
        <source>A short name of the theme, unique in the taxonomy; the tags of a theme stay with its key</source>
        <translation>Nombre corto del tema, único en la taxonomía; las etiquetas de un tema siguen ligadas a su clave</translation>
    </message>
    <message>
        <source>sdg, cross_cutting or a group of your own</source>
        <translation>sdg, cross_cutting o un grupo propio</translation>
    </message>
    <message>
        <source>Words or phrases separated by semicolons; a * at the end of a word matches any ending</source>
        <translation>Palabras o frases separadas por punto y coma; un * al final de una palabra coincide con cualquier terminación</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Keywords (English)</source>
        <translation>Palabras clave (inglés)</translation>
    </message>
    <message>
        <source>Keywords (French)</source>
        <translation>Palabras clave (francés)</translation>
    </message>
    <message>
        <source>Keywords (Spanish)</source>
        <translation>Palabras clave (español)</translation>
    </message>
</context>
<context>
    <name>evalreview::ThemeTagsPanel</name>
    <message>
        <source>Themes:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Themes suggested from keywords; confirm or remove them</source>
        <translation>Temas sugeridos a partir de palabras clave; confírmelos o quítelos</translation>
    </message>
    <message>
        <source>Confirm the selected theme</source>
        <translation>Confirmar el tema seleccionado</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerido)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (quitado)</translation>
    </message>
    <message>
        <source>%1: found the keyword “%2”</source>
        <translation>%1: se encontró la palabra clave «%2»</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Ninguno encontrado</translation>
    </message>
    <message>
        <source>confirm the theme %1</source>
        <translation>confirmar el tema %1</translation>
    </message>
    <message>
        <source>remove the theme %1</source>
        <translation>quitar el tema %1</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Remove the selected theme</source>
        <translation>Quitar el tema seleccionado</translation>
    </message>
    <message>
        <source>Themes of the recommendation and its actions</source>
        <translation>Temas de la recomendación y de sus acciones</translation>
    </message>
    <message>
        <source>Themes of the action</source>
        <translation>Temas de la acción</translation>
    </message>
    <message>
        <source>Themes of the lesson</source>
        <translation>Temas de la lección</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <extracomment>a theme tag of one of the recommendation&apos;s actions: &quot;Action 2: Gender (suggested)&quot;</extracomment>
        <translation>Acción %1: %2</translation>
    </message>
</context>
</TS>
