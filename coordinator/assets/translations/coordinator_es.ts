<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddProblemDialog</name>
    <message>
        <source>Add problem</source>
        <translation>Agregar problema</translation>
    </message>
    <message>
        <source>Find a diagnosis code</source>
        <translation>Buscar un código de diagnóstico</translation>
    </message>
    <message>
        <source>A code (F33.1) or words (major depressive recurrent)</source>
        <translation>Un código (F33.1) o palabras (trastorno depresivo mayor recurrente)</translation>
    </message>
    <message>
        <source>&amp;Find code:</source>
        <translation>&amp;Buscar código:</translation>
    </message>
    <message>
        <source>Matching ICD-10-CM codes</source>
        <translation>Códigos ICD-10-CM que coinciden</translation>
    </message>
    <message>
        <source>Billable codes of ICD-10-CM (April 2026) are listed as you type.</source>
        <translation>Los códigos facturables de ICD-10-CM (abril de 2026) aparecen a medida que escribe.</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Coincidencias:</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <source>&amp;Primary diagnosis</source>
        <translation>Diagnóstico &amp;principal</translation>
    </message>
    <message>
        <source>Primary diagnosis</source>
        <translation>Diagnóstico principal</translation>
    </message>
    <message>
        <source>Su&amp;bstance use disorder (42 CFR Part 2 consent applies)</source>
        <translation>&amp;Trastorno por consumo de sustancias (se aplica el consentimiento de 42 CFR Part 2)</translation>
    </message>
    <message>
        <source>Substance use disorder</source>
        <translation>Trastorno por consumo de sustancias</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>&amp;Onset date</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No billable code matches; try fewer words, or the start of a code.</source>
        <translation>Ningún código facturable coincide; pruebe con menos palabras o con el inicio de un código.</translation>
    </message>
    <message>
        <source>Showing the first %1 codes; type more to narrow the list.</source>
        <translation>Se muestran los primeros %1 códigos; escriba más para acotar la lista.</translation>
    </message>
    <message>
        <source>1 code found; Enter takes it.</source>
        <translation>Se encontró 1 código; Enter lo selecciona.</translation>
    </message>
    <message>
        <source>%1 codes found; Down and Enter take one.</source>
        <translation>Se encontraron %1 códigos; use la flecha abajo y Enter para elegir uno.</translation>
    </message>
    <message>
        <source>None chosen yet: pick a code from the list.</source>
        <translation>Aún no se eligió ninguno: elija un código de la lista.</translation>
    </message>
    <message>
        <source>Diagnosis chosen: %1</source>
        <translation>Diagnóstico elegido: %1</translation>
    </message>
    <message>
        <source>Choose one of these billable codes.</source>
        <translation>Elija uno de estos códigos facturables.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>for example mgarcia</source>
        <translation>por ejemplo, mgarcia</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nombre &amp;completo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>Contraseña &amp;temporal</translation>
    </message>
    <message>
        <source>Tell the person this password; they choose their own the first time they sign in.</source>
        <translation>Comunique esta contraseña a la persona; elegirá la suya la primera vez que inicie sesión.</translation>
    </message>
</context>
<context>
    <name>AddressAlertDialog</name>
    <message>
        <source>Safety alert addressed</source>
        <translation>Alerta de seguridad atendida</translation>
    </message>
    <message>
        <source>&amp;Record as addressed</source>
        <translation>&amp;Registrar como atendida</translation>
    </message>
    <message>
        <source>Record the alert as addressed</source>
        <translation>Registrar la alerta como atendida</translation>
    </message>
    <message>
        <source>⚠ %1

Say what was done, or tick the safety plan if reviewing or writing it was what was done. Your name and the time are recorded with it, and the alert leaves the record header and the dashboard.</source>
        <translation>⚠ %1

Indique qué se hizo, o marque el plan de seguridad si lo que se hizo fue revisarlo o redactarlo. Su nombre y la hora quedan registrados, y la alerta sale del encabezado del expediente y del panel.</translation>
    </message>
    <message>
        <source>Safety &amp;plan reviewed/written (looking up the plan in force…)</source>
        <translation>&amp;Plan de seguridad revisado/redactado (buscando el plan vigente…)</translation>
    </message>
    <message>
        <source>Safety plan reviewed or written</source>
        <translation>Plan de seguridad revisado o redactado</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>e.g. Safety plan reviewed with the client; crisis line number given; psychiatrist informed</source>
        <translation>p. ej., Se revisó el plan de seguridad con el cliente; se dio el número de la línea de crisis; se informó al psiquiatra</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Qué se hizo</translation>
    </message>
    <message>
        <source>Safety &amp;plan reviewed/written — no safety plan on record yet: write one on the Safety tab first</source>
        <translation>&amp;Plan de seguridad revisado/redactado — aún no hay plan de seguridad en el expediente: primero redacte uno en la pestaña Seguridad</translation>
    </message>
    <message>
        <source>Safety &amp;plan reviewed/written — version %1, completed %2</source>
        <translation>&amp;Plan de seguridad revisado/redactado — versión %1, completado el %2</translation>
    </message>
    <message>
        <source>Safety &amp;plan reviewed/written — the plan could not be read</source>
        <translation>&amp;Plan de seguridad revisado/redactado — no se pudo leer el plan</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Secciones de administración</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>Clinic se&amp;ttings</source>
        <translation>&amp;Configuración de la clínica</translation>
    </message>
    <message>
        <source>&amp;Levels of care</source>
        <translation>&amp;Niveles de atención</translation>
    </message>
    <message>
        <source>Au&amp;dit trail</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>Data &amp;protection</source>
        <translation>&amp;Protección de datos</translation>
    </message>
</context>
<context>
    <name>AdvanceDirectives</name>
    <message>
        <source>Psychiatric advance directive</source>
        <translation>Directiva anticipada psiquiátrica</translation>
    </message>
    <message>
        <source>Medical advance directive</source>
        <translation>Directiva anticipada médica</translation>
    </message>
    <message>
        <source>POLST</source>
        <translation>POLST</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <source>Has none</source>
        <translation>No tiene</translation>
    </message>
    <message>
        <source>Has one, signed %1</source>
        <translation>Tiene una, firmada el %1</translation>
    </message>
    <message>
        <source>Has one</source>
        <translation>Tiene una</translation>
    </message>
    <message>
        <source>The client&apos;s instructions for mental-health treatment during a crisis</source>
        <translation>Las instrucciones del cliente para su tratamiento de salud mental durante una crisis</translation>
    </message>
    <message>
        <source>A living will or health-care power of attorney</source>
        <translation>Un testamento vital o un poder notarial para atención médica</translation>
    </message>
    <message>
        <source>Physician Orders for Life-Sustaining Treatment</source>
        <translation>Órdenes médicas para tratamientos de soporte vital</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Directiva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Where the document is</source>
        <translation>Dónde está el documento</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
</context>
<context>
    <name>AdvanceDirectivesSection</name>
    <message>
        <source>Advance directives</source>
        <translation>Directivas anticipadas</translation>
    </message>
    <message>
        <source>Record &amp;advance directive…</source>
        <translation>Registrar &amp;directiva anticipada…</translation>
    </message>
    <message>
        <source>Record the chosen advance directive</source>
        <translation>Registrar la directiva anticipada elegida</translation>
    </message>
    <message>
        <source>Choose a row, then Record advance directive (or press Enter) to say whether the client has one and where the document is.</source>
        <translation>Elija una fila y luego Registrar directiva anticipada (o presione Enter) para indicar si el cliente tiene una y dónde está el documento.</translation>
    </message>
    <message>
        <source>Notes (%1): %2</source>
        <translation>Notas (%1): %2</translation>
    </message>
</context>
<context>
    <name>AllergyDialog</name>
    <message>
        <source>Edit allergy</source>
        <translation>Editar alergia</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Agregar alergia</translation>
    </message>
    <message>
        <source>Allergic to</source>
        <translation>Alérgico a</translation>
    </message>
    <message>
        <source>e.g. Penicillin, peanuts, latex</source>
        <translation>p. ej., Penicilina, cacahuates, látex</translation>
    </message>
    <message>
        <source>Allergic &amp;to *</source>
        <translation>&amp;Alérgico a *</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>e.g. Hives, swelling of the throat</source>
        <translation>p. ej., Urticaria, inflamación de la garganta</translation>
    </message>
    <message>
        <source>&amp;Reaction</source>
        <translation>&amp;Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Choose the severity…</source>
        <translation>Elija la gravedad…</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Gra&amp;vedad</translation>
    </message>
</context>
<context>
    <name>Announcements</name>
    <message>
        <source>Step-down clock</source>
        <translation>Plazo de paso a un nivel menor</translation>
    </message>
    <message>
        <source>7-day mental-health follow-up</source>
        <translation>Seguimiento de salud mental a 7 días</translation>
    </message>
    <message>
        <source>30-day mental-health follow-up</source>
        <translation>Seguimiento de salud mental a 30 días</translation>
    </message>
    <message>
        <source>7-day substance-use follow-up</source>
        <translation>Seguimiento por consumo de sustancias a 7 días</translation>
    </message>
    <message>
        <source>30-day substance-use follow-up</source>
        <translation>Seguimiento por consumo de sustancias a 30 días</translation>
    </message>
    <message>
        <source>Substance-use treatment start</source>
        <translation>Inicio del tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>%1 started: due by %2.</source>
        <translation>%1 iniciado: vence el %2.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Coordinator cannot open the database</source>
        <extracomment>What the worker thread imports besides the services: the windows that come after sign-in, so pressing Enter does not wait for their modules. Importing only defines classes; every widget is still made on the GUI thread. The services once open, so they are closed even if the app quits before ``loaded`` reaches the GUI thread.</extracomment>
        <translation>Coordinator no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous copy is %1.</source>
        <translation>Se actualizó la base de datos; la copia anterior es %1.</translation>
    </message>
    <message>
        <source>Coordinator cannot start</source>
        <extracomment>None: the language is left as it is (tests of the flow alone).</extracomment>
        <translation>Coordinator no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation>Agregar cita</translation>
    </message>
    <message>
        <source>Kind of appointment</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>&amp;Tipo *</translation>
    </message>
    <message>
        <source>Choose the level…</source>
        <translation>Elija el nivel…</translation>
    </message>
    <message>
        <source>Level of care of the intake</source>
        <translation>Nivel de atención de la admisión</translation>
    </message>
    <message>
        <source>&amp;Level of care</source>
        <translation>&amp;Nivel de atención</translation>
    </message>
    <message>
        <source>Date of the appointment</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>Time of the appointment</source>
        <translation>Hora de la cita</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Facility or program</source>
        <translation>Centro o programa</translation>
    </message>
    <message>
        <source>&amp;Facility or program</source>
        <translation>&amp;Centro o programa</translation>
    </message>
    <message>
        <source>Contact or name</source>
        <translation>Contacto o nombre</translation>
    </message>
    <message>
        <source>e.g. Intake coordinator, Dr. Ito</source>
        <translation>p. ej., Coordinador de admisiones, Dr. Ito</translation>
    </message>
    <message>
        <source>Contact or &amp;name</source>
        <translation>Contacto o nom&amp;bre</translation>
    </message>
    <message>
        <source>Care-team member</source>
        <translation>Miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Care-team &amp;member</source>
        <translation>&amp;Miembro del equipo</translation>
    </message>
    <message>
        <source>Focus of the appointment</source>
        <translation>Enfoque de la cita</translation>
    </message>
    <message>
        <source>F&amp;ocus</source>
        <translation>&amp;Enfoque</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Address, room, or telehealth link</source>
        <translation>Dirección, sala o enlace de telesalud</translation>
    </message>
    <message>
        <source>Locat&amp;ion</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Propósito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>A kept intake at a lower level, or a kept follow-up visit, counts toward the client&apos;s transition clocks.</source>
        <translation>Una admisión cumplida en un nivel menor, o una visita de seguimiento cumplida, cuenta para los plazos de transición del cliente.</translation>
    </message>
    <message>
        <source>Appointment changed: %1 on %2.</source>
        <translation>Cita modificada: %1 el %2.</translation>
    </message>
    <message>
        <source>Appointment booked: %1 on %2.</source>
        <translation>Cita programada: %1 el %2.</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Step-down</source>
        <translation>Paso a un nivel menor</translation>
    </message>
    <message>
        <source>FUH 7</source>
        <translation>FUH 7</translation>
    </message>
    <message>
        <source>FUH 30</source>
        <translation>FUH 30</translation>
    </message>
    <message>
        <source>FUI 7</source>
        <translation>FUI 7</translation>
    </message>
    <message>
        <source>FUI 30</source>
        <translation>FUI 30</translation>
    </message>
    <message>
        <source>IET start</source>
        <translation>Inicio IET</translation>
    </message>
    <message>
        <source>Past, no outcome</source>
        <translation>Pasada, sin resultado</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Changes that alter what the dialog offers (not the rows): read the choices again.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clocks met</source>
        <translation>Plazos cumplidos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Cumplido: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Agregar una cita</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the appointment</source>
        <translation>Editar la cita</translation>
    </message>
    <message>
        <source>O&amp;utcome…</source>
        <translation>&amp;Resultado…</translation>
    </message>
    <message>
        <source>Record the appointment&apos;s outcome</source>
        <translation>Registrar el resultado de la cita</translation>
    </message>
    <message>
        <source>No appointments yet. Use Add to book the intake at the next level of care, or a psychiatry, therapy or other visit. A kept intake or follow-up counts toward the transition clocks.</source>
        <translation>Todavía no hay citas. Use Agregar para programar la admisión en el siguiente nivel de atención, o una consulta de psiquiatría, terapia u otra. Una admisión o un seguimiento al que el cliente asiste cuenta para los plazos de transición.</translation>
    </message>
</context>
<context>
    <name>AssessmentChart</name>
    <message>
        <source>response</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>remission</source>
        <translation>remisión</translation>
    </message>
    <message>
        <source>reliable improvement</source>
        <translation>mejoría confiable</translation>
    </message>
    <message>
        <source>reliable deterioration</source>
        <translation>deterioro confiable</translation>
    </message>
    <message>
        <source>first score of this episode</source>
        <translation>primera puntuación de este episodio</translation>
    </message>
    <message>
        <source>no episode of care that day</source>
        <translation>sin episodio de atención ese día</translation>
    </message>
    <message>
        <source>%1 since the episode&apos;s first score</source>
        <translation>%1 desde la primera puntuación del episodio</translation>
    </message>
    <message>
        <source>Latest %1 on %2 (%3) — %4</source>
        <translation>Última puntuación: %1 el %2 (%3) — %4</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Chart of %1 totals</source>
        <translation>Gráfica de los totales de %1</translation>
    </message>
</context>
<context>
    <name>AssessmentDialogs</name>
    <message>
        <source>Mark entered in error</source>
        <translation>Marcar como registrado por error</translation>
    </message>
    <message>
        <source>The %1 of %2 (%3, %4) will stay on the record, struck through, and leave the trend chart.</source>
        <translation>El %1 del %2 (%3, %4) seguirá en el expediente, tachado, y saldrá de la gráfica de tendencia.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Marcar como registrado por error</translation>
    </message>
    <message>
        <source>e.g. Entered on the wrong client</source>
        <translation>p. ej., Se registró en el cliente equivocado</translation>
    </message>
</context>
<context>
    <name>AssessmentItems</name>
    <message>
        <source>Item</source>
        <extracomment>The words shown: each item&apos;s and each answer&apos;s, as the person reads them out.</extracomment>
        <translation>Ítem</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>Item %1: %2. Answer: %3</source>
        <translation>Ítem %1: %2. Respuesta: %3</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, elegida</translation>
    </message>
    <message>
        <source>Items: type each answer&apos;s number</source>
        <translation>Ítems: escriba el número de cada respuesta</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>(entered in error)</source>
        <translation>(registrada por error)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Aplicada por</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
</context>
<context>
    <name>AssessmentsDue</name>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>no baseline in this episode</source>
        <translation>sin evaluación inicial en este episodio</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>última: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Last given</source>
        <translation>Última aplicación</translation>
    </message>
</context>
<context>
    <name>AssessmentsDuePanel</name>
    <message>
        <source>Assessments due on my caseload</source>
        <translation>Evaluaciones pendientes de mis casos asignados</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>Evaluaciones pendientes</translation>
    </message>
    <message>
        <source>No assessment is due for the clients on your caseload. How often each instrument is due is set in Administration → Settings.</source>
        <translation>No hay evaluaciones pendientes para los clientes de sus casos asignados. La frecuencia de cada instrumento se define en Administración → Configuración.</translation>
    </message>
    <message>
        <source>%1 due, %2 of them late. Press Enter or double-click a row to open the client&apos;s record and use Record assessment.</source>
        <translation>%1 pendientes, %2 de ellas vencidas. Presione Enter o haga doble clic en una fila para abrir el expediente del cliente y use Registrar evaluación.</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Record &amp;assessment…</source>
        <extracomment>The client&apos;s recorded preferred language: the items are worded in it if they can be.</extracomment>
        <translation>Registrar &amp;evaluación…</translation>
    </message>
    <message>
        <source>Record an assessment</source>
        <translation>Registrar una evaluación</translation>
    </message>
    <message>
        <source>PHQ-9, PHQ-A, GAD-7, PCL-5, EPDS or C-SSRS screener</source>
        <translation>PHQ-9, PHQ-A, GAD-7, PCL-5, EPDS o tamizaje C-SSRS</translation>
    </message>
    <message>
        <source>Mar&amp;k entered in error…</source>
        <translation>&amp;Marcar como registrada por error…</translation>
    </message>
    <message>
        <source>Mark the chosen assessment entered in error</source>
        <translation>Marcar la evaluación elegida como registrada por error</translation>
    </message>
    <message>
        <source>No assessment yet. Use Record assessment to enter a PHQ-9, GAD-7 or other instrument; each instrument then gets a chart of its scores over time.</source>
        <translation>Aún no hay evaluaciones. Use Registrar evaluación para ingresar un PHQ-9, un GAD-7 u otro instrumento; cada instrumento tendrá entonces un gráfico de sus puntuaciones a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Trend charts</source>
        <translation>Gráficos de tendencia</translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation>Tamizaje de seguridad</translation>
    </message>
    <message>
        <source>This score raised a safety alert and no C-SSRS screen was given today. Screen with the C-SSRS now?</source>
        <translation>Esta puntuación generó una alerta de seguridad y hoy no se aplicó ningún tamizaje C-SSRS. ¿Desea aplicar el C-SSRS ahora?</translation>
    </message>
    <message>
        <source>&amp;Screen now</source>
        <translation>&amp;Hacer el tamizaje ahora</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>The client has no safety plan. Write one with them now?</source>
        <translation>El cliente no tiene un plan de seguridad. ¿Desea elaborar uno con el cliente ahora?</translation>
    </message>
    <message>
        <source>&amp;Write safety plan</source>
        <translation>&amp;Crear plan de seguridad</translation>
    </message>
    <message>
        <source>Review the safety plan (version %1 of %2) with the client now?</source>
        <translation>¿Desea revisar ahora con el cliente el plan de seguridad (versión %1 del %2)?</translation>
    </message>
    <message>
        <source>&amp;Review safety plan</source>
        <translation>&amp;Revisar plan de seguridad</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>(no track)</source>
        <translation>(sin grupo)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>no tiene</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistidas</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificadas</translation>
    </message>
    <message>
        <source>Unexcused</source>
        <translation>Injustificadas</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Unexcused in a row</source>
        <translation>Injustificadas seguidas</translation>
    </message>
    <message>
        <source>Last absence</source>
        <translation>Última ausencia</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Última asistencia</translation>
    </message>
    <message>
        <source>By track</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <source>Marked sessions</source>
        <translation>Sesiones marcadas</translation>
    </message>
    <message>
        <source>By how clients attended</source>
        <translation>Por modalidad de asistencia</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Adherence week by week</source>
        <translation>Cumplimiento semana a semana</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperadas</translation>
    </message>
    <message>
        <source>Adherence by track, week by week</source>
        <translation>Cumplimiento por grupo, semana a semana</translation>
    </message>
    <message>
        <source>Attended sessions over expected sessions (attended plus unexcused absences) in each week, one line per track; weeks in which a track had no expected session are left out of the chart and shown in the weekly table.</source>
        <translation>Sesiones asistidas sobre sesiones esperadas (asistidas más ausencias injustificadas) en cada semana, una línea por grupo; las semanas en que un grupo no tuvo ninguna sesión esperada se omiten del gráfico y se muestran en la tabla semanal.</translation>
    </message>
    <message>
        <source>Flagged for outreach on %1</source>
        <translation>Marcados para contacto de seguimiento el %1</translation>
    </message>
    <message>
        <source>Adherence (attended of expected sessions)</source>
        <translation>Cumplimiento (sesiones asistidas de las esperadas)</translation>
    </message>
    <message>
        <source>%1 excused absences left out</source>
        <translation>%1 ausencias justificadas no incluidas</translation>
    </message>
    <message>
        <source>Clients with marks</source>
        <translation>Clientes con asistencia marcada</translation>
    </message>
    <message>
        <source>%1 or more unexcused absences in a row</source>
        <translation>%1 o más ausencias injustificadas seguidas</translation>
    </message>
    <message>
        <source>Clients&apos; attendance in the period</source>
        <translation>Asistencia de los clientes en el período</translation>
    </message>
    <message>
        <source>Adherence: sessions attended (present, late or telehealth) over the sessions the client was expected at, attended plus unexcused absences, as the roll call counts it; excused absences and sessions without a mark are left out of both sides. Counted on session days of the period up to the report&apos;s day; weeks start on Monday. Flagged for outreach: a client in a day-program track on %1 whose latest marks in that episode are %2 or more unexcused absences in a row (an attended session or an excused absence ends the run). Level, program and track: the episode the session belongs to. Case manager and payer: the client&apos;s as recorded now. Archived records are left out.</source>
        <translation>Cumplimiento: sesiones asistidas (presente, tarde o telesalud) sobre las sesiones a las que se esperaba al cliente, es decir, asistidas más ausencias injustificadas, según las cuenta la lista de asistencia; las ausencias justificadas y las sesiones sin marca se excluyen de ambos lados. Se cuenta en los días de sesión del período hasta el día del informe; las semanas empiezan el lunes. Marcado para contacto de seguimiento: un cliente en un grupo de programa diurno el %1 cuyas últimas marcas en ese episodio son %2 o más ausencias injustificadas seguidas (una sesión asistida o una ausencia justificada interrumpe la racha). Nivel, programa y grupo: los del episodio al que pertenece la sesión. Administrador de casos y aseguradora: los del cliente según constan ahora. Los expedientes archivados se excluyen.</translation>
    </message>
    <message>
        <source>The period starts after %1: no session of it has been held yet.</source>
        <translation>El período empieza después del %1: todavía no se ha realizado ninguna de sus sesiones.</translation>
    </message>
    <message>
        <source>No attendance matching the filters was marked between %1 and %2.</source>
        <translation>No se marcó asistencia que coincida con los filtros entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>No attendance was marked between %1 and %2.</source>
        <translation>No se marcó asistencia entre el %1 y el %2.</translation>
    </message>
</context>
<context>
    <name>AttendanceTitles</name>
    <message>
        <source>Present</source>
        <extracomment>The key that types the chosen client&apos;s minutes (late arrival, left early).</extracomment>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <source>Unexcused absence</source>
        <translation>Ausencia injustificada</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>dentro del rango</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en buen camino</translation>
    </message>
    <message>
        <source>below range</source>
        <translation>por debajo del rango</translation>
    </message>
    <message>
        <source>above range</source>
        <translation>por encima del rango</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 h</translation>
    </message>
    <message>
        <source>%1+ h</source>
        <translation>%1+ h</translation>
    </message>
    <message>
        <source>up to %1 h</source>
        <translation>hasta %1 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 de %2 · %3</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>No program track has a schedule yet. A supervisor or administrator adds one for each IOP or PHP track (New track…).</source>
        <translation>Ningún grupo del programa tiene horario todavía. Un supervisor o administrador agrega uno para cada grupo de IOP o PHP (Nuevo grupo…).</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> a las %1</translation>
    </message>
    <message>
        <source>Meets %1%2 · %3-minute sessions</source>
        <translation>Se reúne los días %1%2 · sesiones de %3 minutos</translation>
    </message>
    <message>
        <source> · %1 range %2 a week</source>
        <translation> · rango de %1: %2 por semana</translation>
    </message>
    <message>
        <source>The %1 track does not meet on %2s.</source>
        <translation>El grupo de la %1 no se reúne los días %2.</translation>
    </message>
    <message>
        <source>1 client expected</source>
        <translation>1 cliente esperado</translation>
    </message>
    <message>
        <source>%1 clients expected</source>
        <translation>%1 clientes esperados</translation>
    </message>
    <message>
        <source>week of %1: program adherence %2</source>
        <translation>semana del %1: cumplimiento del programa %2</translation>
    </message>
    <message>
        <source>1 client needs outreach</source>
        <translation>1 cliente necesita contacto de seguimiento</translation>
    </message>
    <message>
        <source>%1 clients need outreach</source>
        <translation>%1 clientes necesitan contacto de seguimiento</translation>
    </message>
    <message>
        <source>1 mark not saved</source>
        <translation>1 registro sin guardar</translation>
    </message>
    <message>
        <source>%1 marks not saved</source>
        <translation>%1 registros sin guardar</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>When</source>
        <extracomment>(title, text) of each column; the titles are marked, translated in headerData.</extracomment>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro afectado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>The audit trail is intact: all %1 events are unchanged and none is missing.</source>
        <translation>El registro de auditoría está intacto: los %1 eventos no han cambiado y no falta ninguno.</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: %1. The %2 events before it are intact. Tell your privacy officer.</source>
        <translation>El registro de auditoría fue alterado: %1. Los %2 eventos anteriores están intactos. Avise a su oficial de privacidad.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrar por usuario</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <source>Filter by client record number</source>
        <translation>Filtrar por número de expediente del cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrar por acción</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Events from this day</source>
        <translation>Eventos desde este día</translation>
    </message>
    <message>
        <source>Events up to this day</source>
        <translation>Eventos hasta este día</translation>
    </message>
    <message>
        <source>Clear filter&amp;s</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Refresh audit events</source>
        <translation>Actualizar los eventos de auditoría</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export the listed events as CSV</source>
        <translation>Exportar los eventos de la lista como CSV</translation>
    </message>
    <message>
        <source>Save every event that matches the filters to a CSV file; the export is itself logged</source>
        <translation>Guardar en un archivo CSV todos los eventos que coinciden con los filtros; la exportación también queda registrada</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Verificar la cadena de auditoría</translation>
    </message>
    <message>
        <source>Check that no audit event was altered or removed</source>
        <translation>Comprobar que ningún evento de auditoría fue alterado ni eliminado</translation>
    </message>
    <message>
        <source>Verify chain checks every event ever written, not only the ones listed here.</source>
        <translation>Verificar cadena comprueba todos los eventos registrados, no solo los que aparecen aquí.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>Cl&amp;ient:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>Actio&amp;n:</source>
        <translation>&amp;Operación:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Ningún evento coincide con estos filtros.</translation>
    </message>
    <message>
        <source>1 event matches, newest first.</source>
        <translation>1 evento coincide, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>%1 events match, newest first.</source>
        <translation>%1 eventos coinciden, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>%1 events match, newest first; older ones load as you scroll down.</source>
        <translation>%1 eventos coinciden, del más reciente al más antiguo; los más antiguos se cargan al desplazarse hacia abajo.</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Exportar eventos de auditoría</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 events to %2.</source>
        <translation>Se guardaron %1 eventos en %2.</translation>
    </message>
    <message>
        <source>Checking every event…</source>
        <translation>Comprobando todos los eventos…</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>No se pudo realizar la comprobación.</translation>
    </message>
</context>
<context>
    <name>BatchPacketDialog</name>
    <message>
        <source>Packets for selected clients</source>
        <translation>Paquetes para los clientes seleccionados</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; y %1 más</translation>
    </message>
    <message>
        <source>%1 clients: %2</source>
        <translation>%1 clientes: %2</translation>
    </message>
    <message>
        <source>1 client: %2</source>
        <translation>1 cliente: %2</translation>
    </message>
    <message>
        <source>&amp;Discharge summary — each client&apos;s own copy</source>
        <translation>&amp;Resumen de alta — copia propia de cada cliente</translation>
    </message>
    <message>
        <source>Discharge summaries, own copies</source>
        <translation>Resúmenes de alta, copias propias</translation>
    </message>
    <message>
        <source>&amp;Transfer summary to:</source>
        <translation>Resumen de &amp;traslado para:</translation>
    </message>
    <message>
        <source>Transfer summaries to a facility</source>
        <translation>Resúmenes de traslado para un centro</translation>
    </message>
    <message>
        <source>Receiving facility</source>
        <translation>Centro receptor</translation>
    </message>
    <message>
        <source>Also for clients still in &amp;care</source>
        <translation>También para clientes que siguen en &amp;atención</translation>
    </message>
    <message>
        <source>Make discharge summaries for clients still in care too</source>
        <translation>Hacer resúmenes de alta también para clientes que siguen en atención</translation>
    </message>
    <message>
        <source>Folder to save the packets in</source>
        <translation>Carpeta donde guardar los paquetes</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>What the batch produced</source>
        <translation>Lo que produjo el lote</translation>
    </message>
    <message>
        <source>Packets not made</source>
        <translation>Paquetes no generados</translation>
    </message>
    <message>
        <source>&amp;Make packets</source>
        <translation>&amp;Generar paquetes</translation>
    </message>
    <message>
        <source>Make the packets</source>
        <translation>Generar los paquetes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the receiving facility</source>
        <translation>Elija el centro receptor</translation>
    </message>
    <message>
        <source>Folder for the packets</source>
        <translation>Carpeta para los paquetes</translation>
    </message>
    <message>
        <source>Making %1 packets…</source>
        <translation>Generando %1 paquetes…</translation>
    </message>
    <message>
        <source>%1 of %2 packets done…</source>
        <translation>%1 de %2 paquetes listos…</translation>
    </message>
</context>
<context>
    <name>BatchPackets</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Why it was not made</source>
        <translation>Motivo por el que no se generó</translation>
    </message>
    <message>
        <source>No packet was saved</source>
        <translation>No se guardó ningún paquete</translation>
    </message>
    <message>
        <source>Saved 1 packet</source>
        <translation>Se guardó 1 paquete</translation>
    </message>
    <message>
        <source>Saved %1 packets</source>
        <translation>Se guardaron %1 paquetes</translation>
    </message>
    <message>
        <source>; %1 could not be made</source>
        <translation>; sin generar: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>; cancelled before the end</source>
        <translation>; se canceló antes de terminar</translation>
    </message>
</context>
<context>
    <name>CareFields</name>
    <message>
        <source>%1 hours a week is below the usual range for %2.</source>
        <translation>%1 horas por semana está por debajo del rango habitual de %2.</translation>
    </message>
    <message>
        <source>%1 hours a week is above the usual range for %2.</source>
        <translation>%1 horas por semana está por encima del rango habitual de %2.</translation>
    </message>
    <message>
        <source>Adult %1</source>
        <translation>%1 para adultos</translation>
    </message>
    <message>
        <source>Adolescent %1</source>
        <translation>%1 para adolescentes</translation>
    </message>
    <message>
        <source>%1 is usually %2 or more hours a week.</source>
        <translation>%1: normalmente %2 horas o más por semana.</translation>
    </message>
    <message>
        <source>%1 is usually fewer than %2 hours a week.</source>
        <translation>%1: normalmente menos de %2 horas por semana.</translation>
    </message>
    <message>
        <source>%1 is usually at most %2 hours a week.</source>
        <translation>%1: normalmente %2 horas por semana como máximo.</translation>
    </message>
    <message>
        <source>%1 for an adolescent</source>
        <translation>%1 para adolescentes</translation>
    </message>
    <message>
        <source>%1: usually %2–%3 hours a week</source>
        <translation>%1: normalmente %2–%3 horas por semana</translation>
    </message>
    <message>
        <source>%1: usually %2 or more hours a week</source>
        <translation>%1: normalmente %2 o más horas por semana</translation>
    </message>
    <message>
        <source>%1: usually under %2 hours a week</source>
        <translation>%1: normalmente menos de %2 horas por semana</translation>
    </message>
    <message>
        <source>%1: no usual range of weekly hours</source>
        <translation>%1: sin rango habitual de horas semanales</translation>
    </message>
</context>
<context>
    <name>CarePlan</name>
    <message>
        <source>%1: not given yet</source>
        <extracomment>Item (stretches), details, status, progress and scores.</extracomment>
        <translation>%1: aún no aplicado</translation>
    </message>
    <message>
        <source>%1 %2 (latest %3)</source>
        <translation>%1 %2 (último: %3)</translation>
    </message>
    <message>
        <source>Goal %1: “%2”</source>
        <translation>Meta %1: “%2”</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Intervention: %1</source>
        <translation>Intervención: %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Fecha meta: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Goal, objective or intervention</source>
        <translation>Meta, objetivo o intervención</translation>
    </message>
    <message>
        <source>Problem, target or how</source>
        <translation>Problema, fecha meta o forma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress, scores or who</source>
        <translation>Progreso, puntuaciones o responsable</translation>
    </message>
    <message>
        <source>client took part</source>
        <translation>el cliente participó</translation>
    </message>
    <message>
        <source>client did not take part</source>
        <translation>el cliente no participó</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>firmado por %1</translation>
    </message>
    <message>
        <source>Review %1 overdue (due %2)</source>
        <translation>Revisión vencida hace %1 (vencía el %2)</translation>
    </message>
    <message>
        <source>Review due today</source>
        <translation>La revisión vence hoy</translation>
    </message>
    <message>
        <source>Next review due %1 (in %2)</source>
        <translation>Próxima revisión: vence el %1 (en %2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>In person</source>
        <extracomment>The levels whose review interval is a clinic setting (the six standard ones). Instruments an objective may be measured by (their scores are shown beside it).</extracomment>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Some progress</source>
        <translation>Algún progreso</translation>
    </message>
    <message>
        <source>Good progress</source>
        <translation>Buen progreso</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Empeoró</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <source>Care plan</source>
        <translation>Plan de atención</translation>
    </message>
    <message>
        <source>Start plan…</source>
        <translation>Iniciar plan…</translation>
    </message>
    <message>
        <source>Start a care plan</source>
        <translation>Iniciar un plan de atención</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Agregar meta…</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Agregar una meta</translation>
    </message>
    <message>
        <source>Add objective…</source>
        <translation>Agregar objetivo…</translation>
    </message>
    <message>
        <source>Add an objective to the goal</source>
        <translation>Agregar un objetivo a la meta</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation>Agregar intervención…</translation>
    </message>
    <message>
        <source>Add an intervention to the goal</source>
        <translation>Agregar una intervención a la meta</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen line</source>
        <translation>Editar la línea elegida</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Registrar revisión…</translation>
    </message>
    <message>
        <source>Record a review of the plan</source>
        <translation>Registrar una revisión del plan</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Revise the plan into a new version</source>
        <translation>Modificar el plan en una nueva versión</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Versión del plan</translation>
    </message>
    <message>
        <source>No care plan yet. Use Start plan for the client&apos;s active episode, then add a goal for each problem it works on, in the client&apos;s own words.</source>
        <translation>Aún no hay plan de atención. Use Iniciar plan para el episodio activo del cliente y luego agregue una meta para cada problema que aborda, en las propias palabras del cliente.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Version %1 from %2</source>
        <translation>Versión %1 del %2</translation>
    </message>
    <message>
        <source> (earlier)</source>
        <translation> (anterior)</translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation>Revisiones: %1</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún sin revisar.</translation>
    </message>
    <message>
        <source>Version %1, in force from %2 (%3).</source>
        <translation>Versión %1, vigente desde el %2 (%3).</translation>
    </message>
    <message>
        <source>An earlier version, kept as it was; choose the current version to change the plan.</source>
        <translation>Una versión anterior, conservada tal como estaba; elija la versión actual para cambiar el plan.</translation>
    </message>
    <message>
        <source>Its episode has ended; Start plan writes the plan of the client&apos;s new episode.</source>
        <translation>Su episodio ya terminó; Iniciar plan crea el plan del nuevo episodio del cliente.</translation>
    </message>
    <message>
        <source>Reviewed every %1 at this level.</source>
        <translation>Se revisa cada %1 en este nivel.</translation>
    </message>
</context>
<context>
    <name>CarePlanReviews</name>
    <message>
        <source>in %1</source>
        <extracomment>Reviews due within this many days are listed with the late ones.</extracomment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
</context>
<context>
    <name>CarePlanReviewsPanel</name>
    <message>
        <source>Care plan reviews due on my caseload</source>
        <translation>Revisiones del plan de atención pendientes de mis casos asignados</translation>
    </message>
    <message>
        <source>Care plan reviews due</source>
        <translation>Revisiones del plan de atención pendientes</translation>
    </message>
    <message>
        <source>No care plan on your caseload is due for review this week.</source>
        <translation>Ningún plan de atención de sus casos asignados debe revisarse esta semana.</translation>
    </message>
    <message>
        <source>%1 due this week, %2 of them late. Press Enter to open the client&apos;s record and use Record review on the Care plan tab.</source>
        <translation>%1 pendientes esta semana, %2 de ellas vencidas. Presione Enter para abrir el expediente del cliente y use Registrar revisión en la pestaña Plan de atención.</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>Edit care-team member</source>
        <translation>Editar miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Add care-team member</source>
        <translation>Agregar miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>&amp;Función *</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>Fa&amp;x</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>&amp;Desde</translation>
    </message>
</context>
<context>
    <name>CareTeamPage</name>
    <message>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add a care-team member</source>
        <translation>Agregar un miembro del equipo de atención</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the care-team member</source>
        <translation>Editar el miembro del equipo de atención</translation>
    </message>
    <message>
        <source>En&amp;d…</source>
        <translation>Fina&amp;lizar…</translation>
    </message>
    <message>
        <source>End the care-team member</source>
        <translation>Finalizar la participación del miembro del equipo de atención</translation>
    </message>
    <message>
        <source>No one is on the care team yet. Use Add to name the client&apos;s therapist, psychiatrist or others.</source>
        <translation>Todavía no hay nadie en el equipo de atención. Use Agregar para indicar el terapeuta, el psiquiatra u otros profesionales del cliente.</translation>
    </message>
</context>
<context>
    <name>CareTitles</name>
    <message>
        <source>Outpatient</source>
        <translation>Tratamiento ambulatorio</translation>
    </message>
    <message>
        <source>Intensive Outpatient</source>
        <translation>Programa intensivo ambulatorio</translation>
    </message>
    <message>
        <source>Partial Hospitalization</source>
        <translation>Hospitalización parcial</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Tratamiento residencial</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>Hospitalización</translation>
    </message>
    <message>
        <source>Withdrawal management</source>
        <translation>Manejo de la abstinencia</translation>
    </message>
    <message>
        <source>Step-down window</source>
        <translation>Plazo de paso a un nivel menor</translation>
    </message>
    <message>
        <source>Mental-health follow-up</source>
        <translation>Seguimiento de salud mental</translation>
    </message>
    <message>
        <source>Substance-use follow-up</source>
        <translation>Seguimiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>Substance-use treatment start</source>
        <translation>Inicio del tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>Step-up</source>
        <translation>Paso a un nivel mayor</translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation>Paso a un nivel menor</translation>
    </message>
    <message>
        <source>Lateral move</source>
        <translation>Cambio lateral</translation>
    </message>
    <message>
        <source>Initial admission</source>
        <translation>Ingreso inicial</translation>
    </message>
    <message>
        <source>Exit from care</source>
        <translation>Salida de la atención</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Co-occurring</source>
        <translation>Concurrente</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Symptoms worsening in current care</source>
        <translation>Empeoramiento de síntomas en la atención actual</translation>
    </message>
    <message>
        <source>Missing work, school or family obligations</source>
        <translation>Falta al trabajo, la escuela u obligaciones familiares</translation>
    </message>
    <message>
        <source>Recent ER visit or psychiatric crisis</source>
        <translation>Visita reciente a urgencias o crisis psiquiátrica</translation>
    </message>
    <message>
        <source>Increased relapse risk</source>
        <translation>Mayor riesgo de recaída</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>Problema de seguridad</translation>
    </message>
    <message>
        <source>Clinically stable</source>
        <translation>Clínicamente estable</translation>
    </message>
    <message>
        <source>Needs continued structure</source>
        <translation>Necesita seguir con estructura</translation>
    </message>
    <message>
        <source>Reintegrating into work, school or family</source>
        <translation>Reintegración al trabajo, la escuela o la familia</translation>
    </message>
    <message>
        <source>Environment with triggers needing real-time processing</source>
        <translation>Entorno con desencadenantes que requieren procesamiento en tiempo real</translation>
    </message>
    <message>
        <source>Completing residential or inpatient care</source>
        <translation>Finalización de tratamiento residencial u hospitalización</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Mejoró</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Empeoró</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Involuntary hold</source>
        <translation>Retención involuntaria</translation>
    </message>
    <message>
        <source>Conservatorship</source>
        <translation>Curatela</translation>
    </message>
    <message>
        <source>Court-ordered treatment</source>
        <translation>Tratamiento por orden judicial</translation>
    </message>
    <message>
        <source>On probation or parole</source>
        <translation>En libertad condicional o vigilada</translation>
    </message>
    <message>
        <source>Stably housed</source>
        <translation>Vivienda estable</translation>
    </message>
    <message>
        <source>Staying with family or friends</source>
        <translation>Con familiares o amigos</translation>
    </message>
    <message>
        <source>Sober living</source>
        <translation>Hogar de vida sobria</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Unsheltered</source>
        <translation>En situación de calle</translation>
    </message>
    <message>
        <source>Institution (jail, hospital, nursing home)</source>
        <translation>Institución (cárcel, hospital, hogar de ancianos)</translation>
    </message>
</context>
<context>
    <name>CaseListDialog</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>The widest a column starts (a reason reads whole in its tooltip or when widened) ... ... and up to this many rows, the last column (the reason) wraps onto more lines; measuring a longer list&apos;s rows would keep the window waiting.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation>%1, %2; %3</translation>
    </message>
    <message>
        <source>1 row.</source>
        <translation>1 fila.</translation>
    </message>
    <message>
        <source>%1 rows.</source>
        <translation>%1 filas.</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the client&apos;s record.</source>
        <translation>Enter o un doble clic abre el expediente del cliente.</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Cerrar la lista</translation>
    </message>
</context>
<context>
    <name>CaseloadReport</name>
    <message>
        <source>No case manager</source>
        <translation>Sin administrador de casos</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Open clocks</source>
        <translation>Plazos abiertos</translation>
    </message>
    <message>
        <source>Missed clocks</source>
        <translation>Plazos incumplidos</translation>
    </message>
    <message>
        <source>Overdue referrals</source>
        <translation>Referidos vencidos</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>Evaluaciones pendientes</translation>
    </message>
    <message>
        <source>Referrals past their follow-up date</source>
        <translation>Referidos que pasaron su fecha de seguimiento</translation>
    </message>
    <message>
        <source>One row per case manager (the client&apos;s primary case manager as recorded now): active client records (as the dashboard&apos;s My caseload counts them); transition clocks open on %1; clocks that fell due from %2 to %3 without being met by %1 (missed); referrals awaiting an answer on %1 past their follow-up date; instruments (PHQ-9, GAD-7, PCL-5 as the clinic schedules them) due by %1 in an episode at one of the clinic&apos;s own programs. The level, program and track filters keep the clocks started at them and the clients in care at them on %1; the payer filter keeps clients with that insurance payer.</source>
        <translation>Una fila por administrador de casos (el administrador de casos principal del cliente según consta ahora): expedientes de clientes activos (como los cuenta Mis casos asignados en el panel); plazos de transición abiertos el %1; plazos que vencieron del %2 al %3 sin cumplirse para el %1 (incumplidos); referidos en espera de respuesta el %1 con la fecha de seguimiento ya pasada; instrumentos (PHQ-9, GAD-7, PCL-5 según los programa la clínica) pendientes para el %1 en un episodio en uno de los programas propios de la clínica. Los filtros de nivel, programa y grupo conservan los plazos iniciados en ellos y los clientes en atención en ellos el %1; el filtro de aseguradora conserva a los clientes con esa aseguradora.</translation>
    </message>
    <message>
        <source>%1 case managers</source>
        <translation>%1 administradores de casos</translation>
    </message>
    <message>
        <source>Clocks open on %1</source>
        <translation>Plazos abiertos el %1</translation>
    </message>
    <message>
        <source>Clocks missed</source>
        <translation>Plazos incumplidos</translation>
    </message>
    <message>
        <source>due %1 to %2</source>
        <translation>con vencimiento del %1 al %2</translation>
    </message>
    <message>
        <source>listed on each case manager&apos;s dashboard</source>
        <translation>en el panel de cada administrador de casos</translation>
    </message>
    <message>
        <source>By case manager</source>
        <translation>Por administrador de casos</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referido a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días vencidos</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>No case manager matches the filters: no user holds a caseload.</source>
        <translation>Ningún administrador de casos coincide con los filtros: ningún usuario tiene casos asignados.</translation>
    </message>
    <message>
        <source>No active clients, clocks, overdue referrals or assessments due on %1 for the case managers listed.</source>
        <translation>No hay clientes activos, plazos, referidos vencidos ni evaluaciones pendientes el %1 para los administradores de casos listados.</translation>
    </message>
    <message>
        <source>%1 (account closed)</source>
        <translation>%1 (cuenta cerrada)</translation>
    </message>
</context>
<context>
    <name>CensusChart</name>
    <message>
        <source>%1: 1 client</source>
        <translation>%1: 1 cliente</translation>
    </message>
    <message>
        <source>%1: %2 clients</source>
        <translation>%1: %2 clientes</translation>
    </message>
    <message>
        <source>Chart of clients by level of care</source>
        <translation>Gráfico de clientes por nivel de atención</translation>
    </message>
    <message>
        <source>No census read yet.</source>
        <translation>Todavía no se ha leído el censo.</translation>
    </message>
    <message>
        <source>Active clients in an active episode, by level of care</source>
        <translation>Clientes activos en un episodio activo, por nivel de atención</translation>
    </message>
</context>
<context>
    <name>CensusReport</name>
    <message>
        <source>Admissions in the period</source>
        <translation>Ingresos en el período</translation>
    </message>
    <message>
        <source>Discharges in the period</source>
        <translation>Altas en el período</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ingresado</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <source>Clients in care by level, week by week</source>
        <translation>Clientes en atención por nivel, semana a semana</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Clients in care</source>
        <translation>Clientes en atención</translation>
    </message>
    <message>
        <source>Clients in care at each level of care on the last day of each week, stacked by level, for 1 week from %1.</source>
        <translation>Clientes en atención en cada nivel de atención el último día de cada semana, apilados por nivel, durante 1 semana desde el %1.</translation>
    </message>
    <message>
        <source>Clients in care at each level of care on the last day of each week, stacked by level, for %1 weeks from %2.</source>
        <translation>Clientes en atención en cada nivel de atención el último día de cada semana, apilados por nivel, durante %1 semanas desde el %2.</translation>
    </message>
    <message>
        <source>Admissions and discharges per week</source>
        <translation>Ingresos y altas por semana</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Discharges</source>
        <translation>Altas</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Episodes started (admissions, moves between levels included) and ended (discharges) in each week, all levels together.</source>
        <translation>Episodios iniciados (ingresos, incluidos los cambios entre niveles) y terminados (altas) en cada semana, todos los niveles juntos.</translation>
    </message>
    <message>
        <source>Census day</source>
        <translation>Día del censo</translation>
    </message>
    <message>
        <source>Week by week: in care per level, admissions and discharges</source>
        <translation>Semana a semana: en atención por nivel, ingresos y altas</translation>
    </message>
    <message>
        <source>In care on %1</source>
        <translation>En atención el %1</translation>
    </message>
    <message>
        <source>Per level over the period</source>
        <translation>Por nivel en el período</translation>
    </message>
    <message>
        <source>clients, each counted once</source>
        <translation>clientes, cada uno contado una vez</translation>
    </message>
    <message>
        <source>episodes started</source>
        <translation>episodios iniciados</translation>
    </message>
    <message>
        <source>episodes ended</source>
        <translation>episodios terminados</translation>
    </message>
    <message>
        <source>Clients in care at each level on the last day of each week (weeks start on Monday; the first and last may be partial; a week running past %1 is counted on that day): an episode at the level has started, is not entered in error, and the day is one of its nights (from its first day to the day before discharge; a same-day stay counts on its day), so a client discharged on the census day has left and a same-day transfer counts at the new level. A client at two levels on the same day counts at each, and once in the total. Admissions: episodes started in the period, moves between levels included; discharges: episodes ended. Level, program and track: the episode&apos;s. Case manager and payer: the client&apos;s as recorded now. Archived records are left out.</source>
        <translation>Clientes en atención en cada nivel el último día de cada semana (las semanas empiezan el lunes; la primera y la última pueden ser parciales; una semana que pasa del %1 se cuenta en ese día): un episodio en el nivel ha comenzado, no está registrado por error y el día es una de sus noches (desde su primer día hasta el día antes del alta; una estancia del mismo día cuenta en ese día), así que un cliente dado de alta el día del censo ya salió y un traslado del mismo día cuenta en el nuevo nivel. Un cliente en dos niveles el mismo día cuenta en cada uno, y una sola vez en el total. Ingresos: episodios iniciados en el período, incluidos los cambios entre niveles; altas: episodios terminados. Nivel, programa y grupo: los del episodio. Administrador de casos y aseguradora: los del cliente según constan ahora. Los expedientes archivados se excluyen.</translation>
    </message>
    <message>
        <source>The period starts after %1: there is no census for it yet.</source>
        <translation>El período empieza después del %1: todavía no hay censo para él.</translation>
    </message>
    <message>
        <source>No clients matching the filters were in care between %1 and %2.</source>
        <translation>Ningún cliente que coincida con los filtros estuvo en atención entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>No clients were in care between %1 and %2.</source>
        <translation>Ningún cliente estuvo en atención entre el %1 y el %2.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Elija su contraseña</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password to continue.</source>
        <translation>Inició sesión con una contraseña temporal. Elija su propia contraseña para continuar.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 es ahora: %2.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>New &amp;role</source>
        <translation>Nuevo &amp;rol</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Enter the date of birth as YYYY-MM-DD, for example 1987-03-14.</source>
        <translation>Escriba la fecha de nacimiento como AAAA-MM-DD, por ejemplo, 1987-03-14.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Client details sections</source>
        <translation>Secciones de datos del cliente</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identidad</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <source>Family and &amp;emergency</source>
        <translation>Familia y &amp;emergencias</translation>
    </message>
    <message>
        <source>&amp;Care and insurance</source>
        <translation>Atención y segu&amp;ro</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>&amp;Apellido *</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Nombre &amp;preferido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de naci&amp;miento</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Record number</source>
        <translation>Número de e&amp;xpediente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation>Se asigna al guardar</translation>
    </message>
    <message>
        <source>Se&amp;x at birth</source>
        <translation>&amp;Sexo al nacer</translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation>Sexo al nacer</translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation>I&amp;dentidad de género</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Pro&amp;nouns</source>
        <translation>Pronom&amp;bres</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Preferred lang&amp;uage</source>
        <translation>Idioma pre&amp;ferido</translation>
    </message>
    <message>
        <source>Interpre&amp;ter needed</source>
        <translation>Necesita in&amp;térprete</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Correo e&amp;lectrónico</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>Dirección, línea &amp;2</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>Ci&amp;udad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Sta&amp;te</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Postal co&amp;de</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Guardian or representative</source>
        <translation>Tutor legal o representante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation>%1: nombre</translation>
    </message>
    <message>
        <source>%1 phone</source>
        <translation>%1: teléfono</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>%1 relationship</source>
        <translation>%1: relación</translation>
    </message>
    <message>
        <source>Insurance &amp;payer</source>
        <translation>&amp;Aseguradora</translation>
    </message>
    <message>
        <source>Insurance payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation>ID de &amp;miembro</translation>
    </message>
    <message>
        <source>Insurance member ID</source>
        <translation>ID de miembro del seguro</translation>
    </message>
    <message>
        <source>&amp;Group number</source>
        <translation>&amp;Número de grupo</translation>
    </message>
    <message>
        <source>Insurance group number</source>
        <translation>Número de grupo del seguro</translation>
    </message>
    <message>
        <source>Primary case manager</source>
        <translation>Administrador de casos principal</translation>
    </message>
    <message>
        <source>Me (the person saving)</source>
        <translation>Yo (quien guarda)</translation>
    </message>
    <message>
        <source>Primary case ma&amp;nager</source>
        <translation>Administrador de casos &amp;principal</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>Anything staff must know before contacting or visiting the client</source>
        <translation>Todo lo que el personal debe saber antes de contactar o visitar al cliente</translation>
    </message>
    <message>
        <source>Sa&amp;fety note</source>
        <translation>Nota de &amp;seguridad</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>These clients have the same name and date of birth:

%1

Is this a different person? Save the new record anyway?</source>
        <translation>Estos clientes tienen el mismo nombre y la misma fecha de nacimiento:

%1

¿Es una persona diferente? ¿Guardar el nuevo expediente de todos modos?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Name</source>
        <extracomment>How many clients the list shows; more than this and the person types more of the name.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose a client</source>
        <translation>Elegir un cliente</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Type the start of a name, a record number, a phone or a date of birth</source>
        <translation>Escriba el comienzo de un nombre, un número de expediente, un teléfono o una fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Find client:</source>
        <translation>&amp;Buscar cliente:</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <source>Choose the selected client</source>
        <translation>Elegir el cliente seleccionado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation>Ningún cliente coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>Showing the first %1 clients; type more of the name to narrow the list.</source>
        <translation>Se muestran los primeros %1 clientes; escriba más letras del nombre para acotar la lista.</translation>
    </message>
    <message>
        <source>1 client found.</source>
        <translation>Se encontró 1 cliente.</translation>
    </message>
    <message>
        <source>%1 clients found.</source>
        <translation>Se encontraron %1 clientes.</translation>
    </message>
</context>
<context>
    <name>ClientRegistryModel</name>
    <message>
        <source>Step-down</source>
        <extracomment>Short names for a narrow column (the tooltip has the clock&apos;s full title), marked for lupdate; translated where they are shown.</extracomment>
        <translation>Paso a un nivel menor</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>SUD follow-up</source>
        <translation>Seguimiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>SUD treatment</source>
        <translation>Tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>%1: %2 d late</source>
        <translation>%1: %2 d de retraso</translation>
    </message>
    <message>
        <source>%1: due today</source>
        <translation>%1: vence hoy</translation>
    </message>
    <message>
        <source>%1: %2 d left</source>
        <translation>%1: %2 d para vencer</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>(title, sort key, text) of each column; the titles are marked, translated in headerData.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation>Nacimiento (edad)</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Adm. de casos</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>%1: started %2, due %3</source>
        <translation>%1: inició el %2, vence el %3</translation>
    </message>
    <message>
        <source>Days at the current level of care</source>
        <translation>Días en el nivel de atención actual</translation>
    </message>
</context>
<context>
    <name>ClientTitles</name>
    <message>
        <source>English</source>
        <extracomment>The preferred languages the client form offers, by the English name stored for each (the clinic&apos;s language of record); the form shows each in the user&apos;s language.</extracomment>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Jemer</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Lengua de señas americana (ASL)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexual</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Transgender woman</source>
        <translation>Mujer transgénero</translation>
    </message>
    <message>
        <source>Transgender man</source>
        <translation>Hombre transgénero</translation>
    </message>
    <message>
        <source>Genderqueer</source>
        <translation>Género queer</translation>
    </message>
    <message>
        <source>Two-spirit</source>
        <translation>Dos espíritus</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search by name (any words, any order), record number, phone or date of birth (YYYY-MM-DD)</source>
        <translation>Buscar por nombre (cualquier palabra, en cualquier orden), número de expediente, teléfono o fecha de nacimiento (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation>Administrador de ca&amp;sos:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Add a client to the caseload (Ctrl+N)</source>
        <translation>Agregar un cliente a los casos asignados (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Packets for selected…</source>
        <translation>&amp;Paquetes de los seleccionados…</translation>
    </message>
    <message>
        <source>Packets for the selected clients</source>
        <translation>Paquetes de los clientes seleccionados</translation>
    </message>
    <message>
        <source>Save a discharge or transfer summary for each selected client into one folder</source>
        <translation>Guardar un resumen de alta o de traslado de cada cliente seleccionado en una misma carpeta</translation>
    </message>
    <message>
        <source>Filter by level of care</source>
        <translation>Filtrar por nivel de atención</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Filter by case manager</source>
        <translation>Filtrar por administrador de casos</translation>
    </message>
    <message>
        <source>Any case manager</source>
        <translation>Cualquier administrador de casos</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>No archivados</translation>
    </message>
    <message>
        <source>Has an open &amp;clock</source>
        <translation>&amp;Con plazo abierto</translation>
    </message>
    <message>
        <source>Only clients with an open clock</source>
        <translation>Solo clientes con un plazo abierto</translation>
    </message>
    <message>
        <source>Only clients with a step-down or follow-up clock running, or missed in the last 30 days</source>
        <translation>Solo clientes con un plazo de paso a un nivel menor o de seguimiento en curso, o incumplido en los últimos 30 días</translation>
    </message>
    <message>
        <source>Search and filters in use</source>
        <translation>Búsqueda y filtros en uso</translation>
    </message>
    <message>
        <source>Show &amp;all clients</source>
        <translation>Mostrar &amp;todos los clientes</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>Empty the search box and set every filter back to any</source>
        <translation>Vaciar el cuadro de búsqueda y restablecer todos los filtros</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>No clients yet. Use New client to add the first one.</source>
        <translation>Todavía no hay clientes. Use Nuevo cliente para agregar el primero.</translation>
    </message>
    <message>
        <source>More than %1 clients match; type more to narrow the list.</source>
        <translation>Más de %1 clientes coinciden; escriba más para acotar la lista.</translation>
    </message>
    <message>
        <source>More than %1 clients; search or filter to find one.</source>
        <translation>Más de %1 clientes; busque o filtre para encontrar uno.</translation>
    </message>
    <message>
        <source>1 client shown.</source>
        <translation>Se muestra 1 cliente.</translation>
    </message>
    <message>
        <source>%1 clients match.</source>
        <translation>%1 clientes coinciden.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>case manager %1</source>
        <translation>administrador de casos %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>open clock</source>
        <translation>plazo abierto</translation>
    </message>
    <message>
        <source>more than %1 clients</source>
        <translation>más de %1 clientes</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>Filtered: %1 · %2</source>
        <translation>Filtrado: %1 · %2</translation>
    </message>
    <message>
        <source>The search has no letters or digits to look for. Type part of a name, a record number, a phone number or a date of birth, or use Show all clients.</source>
        <translation>La búsqueda no tiene letras ni dígitos que buscar. Escriba parte de un nombre, un número de expediente, un número de teléfono o una fecha de nacimiento, o use Mostrar todos los clientes.</translation>
    </message>
    <message>
        <source>No client matches. Check the spelling or the filters, or use Show all clients to clear them.</source>
        <translation>Ningún cliente coincide. Revise la ortografía o los filtros, o use Mostrar todos los clientes para borrarlos.</translation>
    </message>
    <message>
        <source>Packets for selected clients</source>
        <translation>Paquetes para los clientes seleccionados</translation>
    </message>
    <message>
        <source>Select one or more clients in the list first (Ctrl+click or Shift+click to select several).</source>
        <translation>Primero seleccione uno o más clientes en la lista (Ctrl+clic o Shift+clic para seleccionar varios).</translation>
    </message>
</context>
<context>
    <name>ClinicalTitles</name>
    <message>
        <source>By mouth</source>
        <translation>Por vía oral</translation>
    </message>
    <message>
        <source>Sublingual tablet</source>
        <translation>Tableta sublingual</translation>
    </message>
    <message>
        <source>Sublingual film</source>
        <translation>Película sublingual</translation>
    </message>
    <message>
        <source>Orally disintegrating tablet</source>
        <translation>Tableta de desintegración oral</translation>
    </message>
    <message>
        <source>Long-acting injection</source>
        <translation>Inyección de acción prolongada</translation>
    </message>
    <message>
        <source>Intramuscular injection</source>
        <translation>Inyección intramuscular</translation>
    </message>
    <message>
        <source>Subcutaneous injection</source>
        <translation>Inyección subcutánea</translation>
    </message>
    <message>
        <source>Transdermal patch</source>
        <translation>Parche transdérmico</translation>
    </message>
    <message>
        <source>Nasal</source>
        <translation>Nasal</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalada</translation>
    </message>
    <message>
        <source>On the skin (topical)</source>
        <translation>Sobre la piel (tópica)</translation>
    </message>
    <message>
        <source>Other route</source>
        <translation>Otra vía</translation>
    </message>
    <message>
        <source>Once daily</source>
        <translation>Una vez al día</translation>
    </message>
    <message>
        <source>Twice daily</source>
        <translation>Dos veces al día</translation>
    </message>
    <message>
        <source>Three times daily</source>
        <translation>Tres veces al día</translation>
    </message>
    <message>
        <source>Four times daily</source>
        <translation>Cuatro veces al día</translation>
    </message>
    <message>
        <source>At bedtime</source>
        <translation>Al acostarse</translation>
    </message>
    <message>
        <source>Every morning</source>
        <translation>Todas las mañanas</translation>
    </message>
    <message>
        <source>Every other day</source>
        <translation>En días alternos</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según sea necesario</translation>
    </message>
    <message>
        <source>Other schedule</source>
        <translation>Otro horario</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>mcg</source>
        <translation>mcg</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>tablet(s)</source>
        <translation>tableta(s)</translation>
    </message>
    <message>
        <source>capsule(s)</source>
        <translation>cápsula(s)</translation>
    </message>
    <message>
        <source>puff(s)</source>
        <translation>inhalación(es)</translation>
    </message>
    <message>
        <source>patch(es)</source>
        <translation>parche(s)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <source>Allergies not asked yet</source>
        <translation>Aún no se preguntó por alergias</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>Allergies recorded</source>
        <translation>Alergias registradas</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Psychiatry</source>
        <translation>Psiquiatría</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Substance-use counseling</source>
        <translation>Consejería sobre consumo de sustancias</translation>
    </message>
    <message>
        <source>Medication for a use disorder</source>
        <translation>Medicamento para un trastorno por consumo</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Apoyo de pares</translation>
    </message>
    <message>
        <source>Primary care</source>
        <translation>Atención primaria</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Administración de casos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>Clinician</name>
    <message>
        <source>No responsible clinician recorded</source>
        <translation>No hay profesional clínico responsable registrado</translation>
    </message>
    <message>
        <source>NPI %1</source>
        <translation>NPI %1</translation>
    </message>
</context>
<context>
    <name>ClinicianBox</name>
    <message>
        <source>Responsible clinician</source>
        <translation>Profesional clínico responsable</translation>
    </message>
    <message>
        <source>Set &amp;clinician…</source>
        <translation>Asignar &amp;profesional clínico…</translation>
    </message>
    <message>
        <source>Set the responsible clinician</source>
        <translation>Asignar el profesional clínico responsable</translation>
    </message>
</context>
<context>
    <name>ClinicianDialog</name>
    <message>
        <source>Responsible clinician</source>
        <translation>Profesional clínico responsable</translation>
    </message>
    <message>
        <source>The clinician who answers for the client&apos;s treatment. Leave every field empty to clear it.</source>
        <translation>El profesional clínico que responde por el tratamiento del cliente. Deje todos los campos vacíos para quitarlo.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Clinician&apos;s name</source>
        <translation>Nombre del profesional clínico</translation>
    </message>
    <message>
        <source>e.g. Dr. Ana Ruiz</source>
        <translation>p. ej., Dra. Ana Ruiz</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>&amp;Credenciales</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>e.g. MD, DO, PMHNP-BC, LCSW</source>
        <translation>p. ej., MD, DO, PMHNP-BC, LCSW</translation>
    </message>
    <message>
        <source>N&amp;PI</source>
        <translation>N&amp;PI</translation>
    </message>
    <message>
        <source>National Provider Identifier</source>
        <translation>Identificador Nacional de Proveedores (NPI)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Clinician&apos;s phone</source>
        <translation>Teléfono del profesional clínico</translation>
    </message>
</context>
<context>
    <name>ClockTableModel</name>
    <message>
        <source>met in %1</source>
        <translation>cumplido en %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>%1 for %2: started %3, due %4</source>
        <translation>%1 de %2: inició el %3, vence el %4</translation>
    </message>
</context>
<context>
    <name>ClockTitles</name>
    <message>
        <source>Step-down window</source>
        <translation>Plazo de paso a un nivel menor</translation>
    </message>
    <message>
        <source>Mental-health follow-up</source>
        <translation>Seguimiento de salud mental</translation>
    </message>
    <message>
        <source>Substance-use follow-up</source>
        <translation>Seguimiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>Substance-use treatment start</source>
        <translation>Inicio del tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 días)</translation>
    </message>
</context>
<context>
    <name>ClockWorklist</name>
    <message>
        <source>Could not reach the client</source>
        <extracomment>The close-out reasons the services offer (coordinator.services.clock_worklist has no Qt), marked for lupdate under the context they are translated in.</extracomment>
        <translation>No se pudo contactar al cliente</translation>
    </message>
    <message>
        <source>Client declined the next level of care</source>
        <translation>El cliente rechazó el siguiente nivel de atención</translation>
    </message>
    <message>
        <source>No opening at the receiving program in time</source>
        <translation>No hubo cupo a tiempo en el programa que recibe</translation>
    </message>
    <message>
        <source>Client moved out of the area</source>
        <translation>El cliente se mudó fuera del área</translation>
    </message>
    <message>
        <source>Client went to another provider</source>
        <translation>El cliente se fue con otro proveedor</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 para vencer</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>En riesgo: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
</context>
<context>
    <name>CloseOutDialog</name>
    <message>
        <source>Close out a missed clock</source>
        <translation>Cerrar un plazo incumplido</translation>
    </message>
    <message>
        <source>%1: %2, due %3. Closing it out takes it off the dashboard; every report still counts it missed.</source>
        <translation>%1: %2, vencía el %3. Al cerrarlo, se quita del panel; todos los informes lo siguen contando como incumplido.</translation>
    </message>
    <message>
        <source>&amp;Why was it missed?</source>
        <translation>¿&amp;Por qué no se cumplió?</translation>
    </message>
    <message>
        <source>Why the clock was missed</source>
        <translation>Por qué no se cumplió el plazo</translation>
    </message>
    <message>
        <source>Pick or type the reason</source>
        <translation>Elija o escriba el motivo</translation>
    </message>
    <message>
        <source>Close &amp;out</source>
        <translation>&amp;Cerrar plazo</translation>
    </message>
    <message>
        <source>Close out the missed clock</source>
        <translation>Cerrar el plazo incumplido</translation>
    </message>
</context>
<context>
    <name>CompleteTransitionDialog</name>
    <message>
        <source>Complete transition</source>
        <translation>Completar transición</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <extracomment>The discharge details of the episode left; None for an initial admission.</extracomment>
        <translation>sale de %1</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transición</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>&amp;Discharged on</source>
        <translation>Dado de &amp;alta el</translation>
    </message>
    <message>
        <source>Already discharged; the recorded date is used.</source>
        <translation>Ya fue dado de alta; se usa la fecha registrada.</translation>
    </message>
    <message>
        <source>Discharge disposition</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <source>Optional, e.g. “Completed treatment”</source>
        <translation>Opcional, p. ej., “Completó el tratamiento”</translation>
    </message>
    <message>
        <source>Optional; blank records the move, e.g. “Stepped down to …”</source>
        <translation>Opcional; si se deja en blanco, se registra el cambio, p. ej., “Pasó a un nivel menor (…)”</translation>
    </message>
    <message>
        <source>Dis&amp;position</source>
        <translation>&amp;Destino al alta</translation>
    </message>
    <message>
        <source>Actual start date</source>
        <translation>Fecha real de inicio</translation>
    </message>
    <message>
        <source>Actual s&amp;tart</source>
        <translation>&amp;Inicio real</translation>
    </message>
    <message>
        <source>Gap between discharge and start</source>
        <translation>Intervalo entre el alta y el inicio</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>&amp;Modality</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>Planned weekly hours</source>
        <translation>Horas semanales previstas</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Weekly &amp;hours</source>
        <translation>&amp;Horas semanales</translation>
    </message>
    <message>
        <source>Transition sections</source>
        <translation>Secciones de la transición</translation>
    </message>
    <message>
        <source>T&amp;ransition</source>
        <translation>&amp;Transición</translation>
    </message>
    <message>
        <source>Discharge deta&amp;ils</source>
        <translation>Detalles de&amp;l alta</translation>
    </message>
    <message>
        <source>No next level: the client leaves care.</source>
        <translation>Sin nivel siguiente: el cliente sale de la atención.</translation>
    </message>
    <message>
        <source>Same-day transfer (0 days)</source>
        <translation>Traslado el mismo día (0 días)</translation>
    </message>
    <message>
        <source>The start is before the discharge.</source>
        <translation>El inicio es anterior al alta.</translation>
    </message>
    <message>
        <source>%1 between discharge and start</source>
        <translation>%1 entre el alta y el inicio</translation>
    </message>
    <message>
        <source>Left care on %1.</source>
        <translation>Salió de la atención el %1.</translation>
    </message>
    <message>
        <source>Stepped down to %1 on %2.</source>
        <translation>Pasó a un nivel menor (%1) el %2.</translation>
    </message>
    <message>
        <source>Stepped up to %1 on %2.</source>
        <translation>Pasó a un nivel mayor (%1) el %2.</translation>
    </message>
    <message>
        <source>Moved to %1 on %2.</source>
        <translation>Se cambió a %1 el %2.</translation>
    </message>
    <message>
        <source>Admitted to %1 on %2.</source>
        <translation>Ingresó a %1 el %2.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>client&apos;s name</source>
        <translation>nombre del cliente</translation>
    </message>
    <message>
        <source>who may disclose</source>
        <translation>quién puede divulgar</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>redisclosure statement</source>
        <translation>declaración sobre nueva divulgación</translation>
    </message>
    <message>
        <source>information described</source>
        <translation>descripción de la información</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>propósito</translation>
    </message>
    <message>
        <source>right to revoke</source>
        <translation>derecho a revocar</translation>
    </message>
    <message>
        <source>how to revoke</source>
        <translation>cómo revocar</translation>
    </message>
    <message>
        <source>where to revoke</source>
        <translation>dónde revocar</translation>
    </message>
    <message>
        <source>expiration date or event</source>
        <translation>fecha o evento de vencimiento</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>nombre del firmante</translation>
    </message>
    <message>
        <source>representative&apos;s relationship</source>
        <translation>relación del representante</translation>
    </message>
    <message>
        <source>the minor&apos;s own signature</source>
        <translation>la firma del propio menor</translation>
    </message>
    <message>
        <source>parent or guardian co-signing</source>
        <translation>firma conjunta del padre, madre o tutor legal</translation>
    </message>
    <message>
        <source>date signed</source>
        <translation>fecha de firma</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Venció el %1</translation>
    </message>
    <message>
        <source>Not yet in force (signed after today)</source>
        <translation>Aún no vigente (firmado después de hoy)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Elementos faltantes: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>representante</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1, firmado por %2 (%3)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, firmado por %2</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation>padre, madre o tutor legal</translation>
    </message>
    <message>
        <source> with %1 (%2)</source>
        <translation> con %1 (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>Part 2</translation>
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
        <source>Signed</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Record a signed consent</source>
        <translation>Registrar un consentimiento firmado</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Revoca&amp;r…</translation>
    </message>
    <message>
        <source>Revoke the chosen consent</source>
        <translation>Revocar el consentimiento elegido</translation>
    </message>
    <message>
        <source>No consent on file. Without an active consent naming the recipient, no substance-use treatment information may leave the clinic. Use Record consent to copy a signed release of information.</source>
        <translation>No hay consentimiento en el expediente. Sin un consentimiento activo que nombre al destinatario, ninguna información sobre el tratamiento por consumo de sustancias puede salir de la clínica. Use Registrar consentimiento para copiar una autorización para divulgar información firmada.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy details to the clipboard</source>
        <translation>Copiar los detalles al portapapeles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Clinic total</source>
        <translation>Total de la clínica</translation>
    </message>
    <message>
        <source>No case manager</source>
        <translation>Sin administrador de casos</translation>
    </message>
    <message>
        <source>%1 (account closed)</source>
        <translation>%1 (cuenta cerrada)</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Open clocks</source>
        <translation>Plazos abiertos</translation>
    </message>
    <message>
        <source>Missed clocks (30 days)</source>
        <translation>Plazos incumplidos (30 días)</translation>
    </message>
    <message>
        <source>Overdue referrals</source>
        <translation>Referidos vencidos</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>Evaluaciones pendientes</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>%1 ago, no outcome</source>
        <translation>hace %1, sin resultado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, expediente %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Actualizar el panel</translation>
    </message>
    <message>
        <source>Read the census again (F5)</source>
        <translation>Volver a leer el censo (F5)</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mis casos asignados</translation>
    </message>
    <message>
        <source>Active clients whose primary case manager is you</source>
        <translation>Clientes activos de quienes usted es el administrador de casos principal</translation>
    </message>
    <message>
        <source>Clocks missed in the last 30 days</source>
        <translation>Plazos incumplidos en los últimos 30 días</translation>
    </message>
    <message>
        <source>Transition clocks at the clinic that fell due in the last 30 days without being met</source>
        <translation>Plazos de transición de la clínica que vencieron en los últimos 30 días sin cumplirse</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Referidos abiertos</translation>
    </message>
    <message>
        <source>Referrals past their follow-up date</source>
        <translation>Referidos que pasaron su fecha de seguimiento</translation>
    </message>
    <message>
        <source>Caseload by case manager</source>
        <translation>Casos asignados por administrador de casos</translation>
    </message>
    <message>
        <source>Reading each case manager&apos;s caseload…</source>
        <translation>Leyendo los casos asignados de cada administrador de casos…</translation>
    </message>
    <message>
        <source>Clocks to act on</source>
        <translation>Plazos que requieren acción</translation>
    </message>
    <message>
        <source>&amp;Whole clinic</source>
        <translation>&amp;Toda la clínica</translation>
    </message>
    <message>
        <source>Show the whole clinic&apos;s clocks instead of my caseload&apos;s</source>
        <translation>Mostrar los plazos de toda la clínica en lugar de los de mis casos asignados</translation>
    </message>
    <message>
        <source>Missed clocks</source>
        <translation>Plazos incumplidos</translation>
    </message>
    <message>
        <source>&amp;Close out…</source>
        <translation>&amp;Cerrar…</translation>
    </message>
    <message>
        <source>Close out the selected missed clock with the reason it was missed</source>
        <translation>Cerrar el plazo incumplido seleccionado con el motivo por el que no se cumplió</translation>
    </message>
    <message>
        <source>Transitions planned in the next 7 days</source>
        <translation>Transiciones previstas en los próximos 7 días</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Clients by level of care</source>
        <translation>Clientes por nivel de atención</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Reading the census…</source>
        <translation>Leyendo el censo…</translation>
    </message>
    <message>
        <source>The census could not be read.</source>
        <translation>No se pudo leer el censo.</translation>
    </message>
    <message>
        <source>Transitions planned in the next 7 days on my caseload</source>
        <translation>Transiciones previstas en los próximos 7 días en mis casos asignados</translation>
    </message>
    <message>
        <source>Transitions planned in the next 7 days at the clinic</source>
        <translation>Transiciones previstas en los próximos 7 días en la clínica</translation>
    </message>
    <message>
        <source>Referrals past their follow-up date on my caseload</source>
        <translation>Referidos que pasaron su fecha de seguimiento en mis casos asignados</translation>
    </message>
    <message>
        <source>Referrals past their follow-up date at the clinic, by case manager</source>
        <translation>Referidos que pasaron su fecha de seguimiento en la clínica, por administrador de casos</translation>
    </message>
    <message>
        <source>The caseloads could not be read.</source>
        <translation>No se pudieron leer los casos asignados.</translation>
    </message>
    <message>
        <source>%1 case managers. Missed clocks fell due in the last 30 days without being met; assessments are those due today or late in the clinic&apos;s own programs. The Reports view&apos;s caseload report lists the clients behind the clocks and referrals.</source>
        <translation>Administradores de casos: %1. Los plazos incumplidos vencieron en los últimos 30 días sin cumplirse; las evaluaciones son las que vencen hoy o están atrasadas en los programas propios de la clínica. El informe de casos asignados de la vista Informes enumera los clientes que hay detrás de los plazos y los referidos.</translation>
    </message>
    <message>
        <source>on my caseload</source>
        <translation>en mis casos asignados</translation>
    </message>
    <message>
        <source>at the clinic</source>
        <translation>en la clínica</translation>
    </message>
    <message>
        <source>Clocks to act on: my caseload</source>
        <translation>Plazos que requieren acción: mis casos asignados</translation>
    </message>
    <message>
        <source>Clocks to act on: the whole clinic</source>
        <translation>Plazos que requieren acción: toda la clínica</translation>
    </message>
    <message>
        <source>No transition clock is open %1.</source>
        <translation>No hay ningún plazo de transición abierto %1.</translation>
    </message>
    <message>
        <source>%1 open, soonest due first; %2 at risk (half the window gone and nothing booked to meet it, in amber). Press Enter or double-click a row to open the client&apos;s record.</source>
        <translation>Abiertos: %1, primero los que vencen antes; en riesgo: %2 (ya pasó la mitad del período y no hay nada programado para cumplirlo; en ámbar). Pulse Enter o haga doble clic en una fila para abrir el expediente del cliente.</translation>
    </message>
    <message>
        <source>The %1 due soonest are listed; the Clients view&apos;s &quot;Has an open clock&quot; filter finds every client waiting.</source>
        <translation>Se muestran los %1 que vencen antes; el filtro &quot;Con plazo abierto&quot; de la vista Clientes encuentra a todos los clientes en espera.</translation>
    </message>
    <message>
        <source>No missed clock to close out (last 30 days)</source>
        <translation>No hay plazos incumplidos que cerrar (últimos 30 días)</translation>
    </message>
    <message>
        <source>▾ Hide the missed clocks (%1)</source>
        <translation>▾ Ocultar los plazos incumplidos (%1)</translation>
    </message>
    <message>
        <source>▸ Missed in the last 30 days, not closed out: %1</source>
        <translation>▸ Incumplidos en los últimos 30 días, sin cerrar: %1</translation>
    </message>
    <message>
        <source>No transition is planned for the next 7 days.</source>
        <translation>No hay transiciones previstas para los próximos 7 días.</translation>
    </message>
    <message>
        <source>The %1 soonest planned transitions are listed; each client&apos;s record has all of theirs.</source>
        <translation>Se muestran las %1 transiciones previstas más próximas; el expediente de cada cliente tiene todas las suyas.</translation>
    </message>
    <message>
        <source>Appointments on my caseload</source>
        <translation>Citas en mis casos asignados</translation>
    </message>
    <message>
        <source>Appointments at the clinic</source>
        <translation>Citas en la clínica</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>Más de %1</translation>
    </message>
    <message>
        <source>No appointment in the next 7 days, and none past its day without an outcome.</source>
        <translation>No hay citas en los próximos 7 días, ni citas pasadas sin resultado.</translation>
    </message>
    <message>
        <source>%1 past their day without an outcome (marked ⚠ and listed first): record in the client&apos;s Appointments tab whether they were kept. %2 in the next 7 days.</source>
        <translation>Con la fecha pasada y sin resultado: %1 (marcadas con ⚠ y mostradas primero); registre en la pestaña Citas del cliente si se cumplieron. En los próximos 7 días: %2.</translation>
    </message>
    <message>
        <source>%1 in the next 7 days. Press Enter or double-click a row to open the client&apos;s record.</source>
        <translation>En los próximos 7 días: %1. Pulse Enter o haga doble clic en una fila para abrir el expediente del cliente.</translation>
    </message>
    <message>
        <source>The first %1 of each are listed; each client&apos;s record has all of theirs.</source>
        <translation>Se muestran las primeras %1 de cada grupo; el expediente de cada cliente tiene todas las suyas.</translation>
    </message>
    <message>
        <source>No referral is past its follow-up date.</source>
        <translation>Ningún referido ha pasado su fecha de seguimiento.</translation>
    </message>
    <message>
        <source>%1 on my caseload (%2 at the clinic). Call the program or the client, then record what happened with Change status in the client&apos;s Referrals tab.</source>
        <translation>%1 en mis casos asignados (%2 en la clínica). Llame al programa o al cliente y luego registre lo ocurrido con Cambiar estado en la pestaña Referidos del cliente.</translation>
    </message>
    <message>
        <source>The %1 most overdue of %2 are listed; the Referrals view&apos;s &quot;Overdue only&quot; filter finds all of them.</source>
        <translation>Se muestran los %1 más vencidos de %2; el filtro &quot;Solo vencidos&quot; de la vista Referidos los encuentra todos.</translation>
    </message>
    <message>
        <source>Call the program or the client, then record what happened with Change status in the client&apos;s Referrals tab.</source>
        <translation>Llame al programa o al cliente y luego registre lo ocurrido con Cambiar estado en la pestaña Referidos del cliente.</translation>
    </message>
    <message>
        <source>%1 of %2 active clients are in an active episode of care.</source>
        <translation>%1 de %2 clientes activos están en un episodio de atención activo.</translation>
    </message>
    <message>
        <source>Counted at %1: a census this large is counted again each minute.</source>
        <translation>Contado a las %1: un censo de este tamaño se vuelve a contar cada minuto.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type the date as 2026-12-08.</source>
        <extracomment>``date()`` / ``setDate()`` use this day for &quot;no date&quot; (an empty optional field).</extracomment>
        <translation>Escriba la fecha como 2026-12-08.</translation>
    </message>
    <message>
        <source>Type the date as 2026-12-08 or %1.</source>
        <translation>Escriba la fecha como 2026-12-08 o %1.</translation>
    </message>
    <message>
        <source>Type the year in full (4 digits). </source>
        <translation>Escriba el año completo (4 dígitos). </translation>
    </message>
    <message>
        <source>There is no month %1. </source>
        <translation>No existe el mes %1. </translation>
    </message>
    <message>
        <source>There is no %1 %2 %3: %2 %3 has %4 days.</source>
        <translation>No existe el %1 de %2 de %3: %2 de %3 tiene %4 días.</translation>
    </message>
    <message>
        <source>Alt+Down opens a calendar.</source>
        <translation>Alt+Down abre un calendario.</translation>
    </message>
    <message>
        <source>Choose %1 from a calendar</source>
        <translation>Elegir %1 en un calendario</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Down)</translation>
    </message>
    <message>
        <source>Enter a date. </source>
        <translation>Ingrese una fecha. </translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation>Calendario de %1</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>These files contain client information (protected health information); the export is recorded in the audit trail.</source>
        <translation>Estos archivos contienen información de clientes (información de salud protegida); la exportación queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>This file contains client information (protected health information); the export is recorded in the audit trail.</source>
        <translation>Este archivo contiene información de clientes (información de salud protegida); la exportación queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Client information</source>
        <translation>Información de clientes</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Coordinator ran into a problem it did not expect. Your saved work is safe: a change is either saved completely or not at all. Copy the details below and send them to your support contact.</source>
        <translation>Coordinator encontró un problema inesperado. Su trabajo guardado está a salvo: cada cambio se guarda completo o no se guarda. Copie los detalles de abajo y envíelos a su contacto de soporte.</translation>
    </message>
</context>
<context>
    <name>DirectiveDialog</name>
    <message>
        <source>The client &amp;has one</source>
        <translation>El cliente &amp;tiene una</translation>
    </message>
    <message>
        <source>The client has this directive</source>
        <translation>El cliente tiene esta directiva</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Type the date as 2025-11-04, or pick it from the calendar</source>
        <translation>Escriba la fecha como 2025-11-04 o elíjala en el calendario</translation>
    </message>
    <message>
        <source>&amp;Date signed</source>
        <translation>&amp;Fecha de firma</translation>
    </message>
    <message>
        <source>Where the document is</source>
        <translation>Dónde está el documento</translation>
    </message>
    <message>
        <source>e.g. Scanned in the chart; original with her sister</source>
        <translation>p. ej., Escaneado en el expediente; el original lo tiene su hermana</translation>
    </message>
    <message>
        <source>&amp;Where the document is</source>
        <translation>&amp;Dónde está el documento</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>Nombre del representante</translation>
    </message>
    <message>
        <source>The health-care agent the directive names</source>
        <translation>El representante de atención médica que nombra la directiva</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Representante</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>Teléfono del representante</translation>
    </message>
    <message>
        <source>Agent&apos;s &amp;phone</source>
        <translation>Te&amp;léfono del representante</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>e.g. Treatment preferences it states, or why the client has none</source>
        <translation>p. ej., Preferencias de tratamiento que indica, o por qué el cliente no tiene una</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>DischargeDetails</name>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Condition at discharge</source>
        <translation>Estado al alta</translation>
    </message>
    <message>
        <source>&amp;Condition at discharge</source>
        <translation>&amp;Estado al alta</translation>
    </message>
    <message>
        <source>Mental status at discharge</source>
        <translation>Estado mental al alta</translation>
    </message>
    <message>
        <source>e.g. Calm, oriented, mood euthymic; denies suicidal ideation</source>
        <translation>p. ej., Tranquilo, orientado, estado de ánimo eutímico; niega ideación suicida</translation>
    </message>
    <message>
        <source>&amp;Mental status</source>
        <translation>Estado &amp;mental</translation>
    </message>
    <message>
        <source>Treatment provided</source>
        <translation>Tratamiento brindado</translation>
    </message>
    <message>
        <source>e.g. Group therapy, individual CBT, medication management</source>
        <translation>p. ej., Terapia de grupo, TCC individual, manejo de medicamentos</translation>
    </message>
    <message>
        <source>&amp;Treatment provided</source>
        <translation>Tratamiento &amp;brindado</translation>
    </message>
    <message>
        <source>Substances used</source>
        <translation>Sustancias consumidas</translation>
    </message>
    <message>
        <source>e.g. Alcohol, opioids</source>
        <translation>p. ej., Alcohol, opioides</translation>
    </message>
    <message>
        <source>S&amp;ubstances used</source>
        <translation>&amp;Sustancias consumidas</translation>
    </message>
    <message>
        <source>Last use date</source>
        <translation>Fecha del último consumo</translation>
    </message>
    <message>
        <source>&amp;Last use</source>
        <translation>Ú&amp;ltimo consumo</translation>
    </message>
    <message>
        <source>Legal or hold status</source>
        <translation>Situación legal o de retención involuntaria</translation>
    </message>
    <message>
        <source>Le&amp;gal status</source>
        <translation>Situación &amp;legal</translation>
    </message>
    <message>
        <source>Housing status</source>
        <translation>Situación de vivienda</translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation>&amp;Vivienda</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Ninguno previsto</translation>
    </message>
    <message>
        <source>Planned next level of care</source>
        <translation>Siguiente nivel de atención previsto</translation>
    </message>
    <message>
        <source>&amp;Next level</source>
        <translation>Siguie&amp;nte nivel</translation>
    </message>
    <message>
        <source>Planned start at the next level</source>
        <translation>Inicio previsto en el siguiente nivel</translation>
    </message>
    <message>
        <source>Planned st&amp;art</source>
        <translation>&amp;Inicio previsto</translation>
    </message>
    <message>
        <source>The client moves on to %1: that is the planned next level, from the actual start.</source>
        <translation>El cliente pasa a %1: ese es el siguiente nivel previsto, con la fecha de inicio real.</translation>
    </message>
</context>
<context>
    <name>DischargeDetailsDialog</name>
    <message>
        <source>Discharge details: %1</source>
        <translation>Detalles del alta: %1</translation>
    </message>
    <message>
        <source>%1 at %2, %3 to %4.</source>
        <translation>%1 en %2, del %3 al %4.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge from %1</source>
        <translation>Alta de %1</translation>
    </message>
    <message>
        <source>%1 at %2, since %3.</source>
        <translation>%1 en %2, desde el %3.</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>&amp;Discharge date</source>
        <translation>&amp;Fecha de alta</translation>
    </message>
    <message>
        <source>Discharge disposition</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <source>e.g. Stable, discharged home</source>
        <translation>p. ej., Estable, dado de alta a su casa</translation>
    </message>
    <message>
        <source>Dis&amp;position *</source>
        <translation>&amp;Destino al alta *</translation>
    </message>
    <message>
        <source>Aftercare plan</source>
        <translation>Plan de atención posterior</translation>
    </message>
    <message>
        <source>&amp;Aftercare plan</source>
        <translation>&amp;Plan de atención posterior</translation>
    </message>
    <message>
        <source>Discharge sections</source>
        <translation>Secciones del alta</translation>
    </message>
    <message>
        <source>Discharg&amp;e</source>
        <translation>Dar de &amp;alta</translation>
    </message>
    <message>
        <source>Discharge deta&amp;ils</source>
        <translation>De&amp;talles del alta</translation>
    </message>
    <message>
        <source>Discharged from %1 on %2.</source>
        <translation>Dado de alta de %1 el %2.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Saved</source>
        <extracomment>Characters of the SHA-256 shown in the table; enough to tell two files apart by eye.</extracomment>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>The client (own copy)</source>
        <translation>El cliente (copia propia)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Consent no.</source>
        <translation>Núm. de consentimiento</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Tr&amp;ansfer packet…</source>
        <translation>&amp;Paquete de traslado…</translation>
    </message>
    <message>
        <source>Make a transfer packet</source>
        <translation>Preparar un paquete de documentos de traslado</translation>
    </message>
    <message>
        <source>Preview, save or print a transfer summary for a receiving facility (Ctrl+T)</source>
        <translation>Vista previa, guardar o imprimir un resumen de traslado para un centro receptor (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Discharge summary…</source>
        <translation>&amp;Resumen de alta…</translation>
    </message>
    <message>
        <source>Make a discharge summary</source>
        <translation>Preparar un resumen de alta</translation>
    </message>
    <message>
        <source>Preview, save or print a discharge summary, for the client or an aftercare provider</source>
        <translation>Vista previa, guardar o imprimir un resumen de alta, para el cliente o un proveedor de atención posterior</translation>
    </message>
    <message>
        <source>Documents that left the clinic</source>
        <translation>Documentos que salieron de la clínica</translation>
    </message>
    <message>
        <source>No document has left the clinic for this client yet. Each transfer packet, discharge summary or referral letter saved or printed is listed here, with who received it and under which consent.</source>
        <translation>Todavía no ha salido de la clínica ningún documento de este cliente. Aquí se muestra cada paquete de documentos de traslado, resumen de alta o carta de referido que se guarde o imprima, con quién lo recibió y con qué consentimiento.</translation>
    </message>
</context>
<context>
    <name>EditLevelDialog</name>
    <message>
        <source>Edit level of care %1</source>
        <translation>Editar el nivel de atención %1</translation>
    </message>
    <message>
        <source>Episodes and transitions already recorded keep their direction; a new hour range changes only the warnings shown from now on.</source>
        <translation>Los episodios y las transiciones ya registrados conservan su dirección; un nuevo rango de horas solo cambia las advertencias que se muestren de ahora en adelante.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>ASAM level</source>
        <translation>Nivel ASAM</translation>
    </message>
    <message>
        <source>for example 2.1</source>
        <translation>por ejemplo, 2.1</translation>
    </message>
    <message>
        <source>&amp;ASAM level</source>
        <translation>Nivel &amp;ASAM</translation>
    </message>
    <message>
        <source>Fewest weekly hours</source>
        <translation>Mínimo de horas semanales</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>&amp;Fewest weekly hours</source>
        <translation>&amp;Mínimo de horas semanales</translation>
    </message>
    <message>
        <source>Most weekly hours</source>
        <translation>Máximo de horas semanales</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Sin máximo</translation>
    </message>
    <message>
        <source>&amp;Most weekly hours</source>
        <translation>Má&amp;ximo de horas semanales</translation>
    </message>
    <message>
        <source>Care around the clock (24/7)</source>
        <translation>Atención las 24 horas (24/7)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Varies by program</source>
        <translation>Varía según el programa</translation>
    </message>
    <message>
        <source>&amp;24/7 care</source>
        <translation>Atención &amp;24/7</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>1 is the least intensive; the direction of a transition (step-up or step-down) follows it.</source>
        <translation>1 es el menos intensivo; la dirección de una transición (paso a un nivel mayor o a un nivel menor) se basa en este valor.</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>&amp;Intensidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
</context>
<context>
    <name>EditProblemDialog</name>
    <message>
        <source>Edit problem %1</source>
        <translation>Editar problema %1</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <source>&amp;Primary diagnosis</source>
        <translation>Diagnóstico &amp;principal</translation>
    </message>
    <message>
        <source>Primary diagnosis</source>
        <translation>Diagnóstico principal</translation>
    </message>
    <message>
        <source>Only an active problem can be primary.</source>
        <translation>Solo un problema activo puede ser el principal.</translation>
    </message>
    <message>
        <source>Su&amp;bstance use disorder (42 CFR Part 2 consent applies)</source>
        <translation>&amp;Trastorno por consumo de sustancias (se aplica el consentimiento de 42 CFR Part 2)</translation>
    </message>
    <message>
        <source>Substance use disorder</source>
        <translation>Trastorno por consumo de sustancias</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>&amp;Onset date</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
</context>
<context>
    <name>EndMemberDialog</name>
    <message>
        <source>End %1 on the care team</source>
        <translation>Finalizar la participación de %1 en el equipo de atención</translation>
    </message>
    <message>
        <source>%1 (%2) stays in the record, marked as ended.</source>
        <translation>%1 (%2) se conserva en el expediente, marcado como finalizado.</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>&amp;Fecha de fin</translation>
    </message>
</context>
<context>
    <name>EnteredInError</name>
    <message>
        <source>Why it is in error</source>
        <translation>Por qué es un error</translation>
    </message>
    <message>
        <source>e.g. Recorded in the wrong client&apos;s record</source>
        <translation>p. ej., Se registró en el expediente de otro cliente</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Registrado por error</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>Add episode of care</source>
        <translation>Agregar episodio de atención</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>&amp;Level of care</source>
        <translation>&amp;Nivel de atención</translation>
    </message>
    <message>
        <source>Facility or program</source>
        <translation>Centro o programa</translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation>&amp;Centro</translation>
    </message>
    <message>
        <source>Focus of care</source>
        <translation>Enfoque de la atención</translation>
    </message>
    <message>
        <source>F&amp;ocus</source>
        <translation>&amp;Enfoque</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>Gr&amp;upo</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>&amp;Modality</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>Planned weekly hours</source>
        <translation>Horas semanales planificadas</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Weekly &amp;hours</source>
        <translation>&amp;Horas semanales</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <source>Already &amp;ended (record past care)</source>
        <translation>&amp;Ya finalizado (registrar atención pasada)</translation>
    </message>
    <message>
        <source>Already ended</source>
        <translation>Ya finalizado</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>Fecha de &amp;finalización</translation>
    </message>
    <message>
        <source>Admission source</source>
        <translation>Origen del ingreso</translation>
    </message>
    <message>
        <source>Admission so&amp;urce</source>
        <translation>&amp;Origen del ingreso</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>Admitted to %1%2 on %3.</source>
        <translation>Ingresó a %1%2 el %3.</translation>
    </message>
</context>
<context>
    <name>FacilitiesView</name>
    <message>
        <source>Facilities</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Search by name, city, intake contact or notes</source>
        <translation>Buscar por nombre, ciudad, contacto de admisión o notas</translation>
    </message>
    <message>
        <source>Search facilities</source>
        <translation>Buscar centros</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Filter by level of care offered</source>
        <translation>Filtrar por nivel de atención ofrecido</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Accepting &amp;referrals only</source>
        <translation>Solo los que aceptan &amp;referidos</translation>
    </message>
    <message>
        <source>Only facilities accepting referrals</source>
        <translation>Solo centros que aceptan referidos</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;New facility…</source>
        <translation>Nuevo &amp;centro…</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>Nuevo centro</translation>
    </message>
    <message>
        <source>Add a partner facility or program (Ctrl+N)</source>
        <translation>Agregar un centro o programa asociado (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected facility</source>
        <translation>Editar el centro seleccionado</translation>
    </message>
    <message>
        <source>Edit the selected facility (Enter on a row)</source>
        <translation>Editar el centro seleccionado (Enter en una fila)</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>Archi&amp;var…</translation>
    </message>
    <message>
        <source>Archive the selected facility</source>
        <translation>Archivar el centro seleccionado</translation>
    </message>
    <message>
        <source>Take the facility off the lists; past episodes keep its name</source>
        <translation>Quitar el centro de las listas; los episodios anteriores conservan su nombre</translation>
    </message>
    <message>
        <source>No facility matches.</source>
        <translation>Ningún centro coincide.</translation>
    </message>
    <message>
        <source>1 facility listed.</source>
        <translation>1 centro en la lista.</translation>
    </message>
    <message>
        <source>%1 facilities listed.</source>
        <translation>%1 centros en la lista.</translation>
    </message>
    <message>
        <source>Archive facility</source>
        <translation>Archivar centro</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the facility lists and pickers; episodes and transitions that name it keep it.</source>
        <translation>¿Archivar %1? Sale de las listas y selectores de centros; los episodios y transiciones que lo mencionan lo conservan.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>New facility</source>
        <translation>Nuevo centro</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Tipo de centro</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>&amp;Tipo *</translation>
    </message>
    <message>
        <source>Levels of care offered</source>
        <translation>Niveles de atención que ofrece</translation>
    </message>
    <message>
        <source>Offers %1</source>
        <translation>Ofrece %1</translation>
    </message>
    <message>
        <source>Levels *</source>
        <translation>Niveles *</translation>
    </message>
    <message>
        <source>&amp;Accepts referrals now</source>
        <translation>&amp;Acepta referidos ahora</translation>
    </message>
    <message>
        <source>Accepts referrals</source>
        <translation>Acepta referidos</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>&amp;Fax</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>Dirección, línea &amp;2</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;ZIP code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>&amp;Intake contact</source>
        <translation>Contacto de ad&amp;misión</translation>
    </message>
    <message>
        <source>Intake contact name</source>
        <translation>Nombre del contacto de admisión</translation>
    </message>
    <message>
        <source>Intake p&amp;hone</source>
        <translation>Teléfono de adm&amp;isión</translation>
    </message>
    <message>
        <source>Intake contact phone</source>
        <translation>Teléfono del contacto de admisión</translation>
    </message>
    <message>
        <source>Intake &amp;e-mail</source>
        <translation>Co&amp;rreo de admisión</translation>
    </message>
    <message>
        <source>Intake contact e-mail</source>
        <translation>Correo electrónico del contacto de admisión</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Address and intake</source>
        <translation>Dirección y admisión</translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <source>Our program</source>
        <extracomment>Each kind&apos;s title, marked for lupdate; translated where it is shown.</extracomment>
        <translation>Nuestro programa</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>Hospital psiquiátrico</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Tratamiento residencial</translation>
    </message>
    <message>
        <source>Detox program</source>
        <translation>Programa de desintoxicación</translation>
    </message>
    <message>
        <source>PHP / IOP program</source>
        <translation>Programa PHP / IOP</translation>
    </message>
    <message>
        <source>Outpatient clinic</source>
        <translation>Clínica ambulatoria</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
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
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Levels offered</source>
        <translation>Niveles ofrecidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Takes referrals</source>
        <translation>Acepta referidos</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Coordinator</source>
        <translation>Bienvenido a Coordinator</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Coordinator</source>
        <translation>Salir de Coordinator</translation>
    </message>
    <message>
        <source>This database is new and has no users yet. How would you like to start?</source>
        <translation>Esta base de datos es nueva y aún no tiene usuarios. ¿Cómo desea comenzar?</translation>
    </message>
    <message>
        <source>Create the &amp;administrator account</source>
        <translation>Crear la cuenta de &amp;administrador</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Crear la cuenta de administrador</translation>
    </message>
    <message>
        <source>Fill with a &amp;demo caseload to try Coordinator</source>
        <translation>Llenar con casos asignados de &amp;demostración para probar Coordinator</translation>
    </message>
    <message>
        <source>Fill with a demo caseload</source>
        <translation>Llenar con casos asignados de demostración</translation>
    </message>
    <message>
        <source>The demo generator is not part of this installation.</source>
        <translation>El generador de demostración no forma parte de esta instalación.</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Nombre de usuario del administrador</translation>
    </message>
    <message>
        <source>for example admin</source>
        <translation>por ejemplo, admin</translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation>Nombre completo del administrador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nombre co&amp;mpleto</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <source>Coordinator fills this database with fictitious clients, episodes, referrals and community resources, for training and trying things out. Never enter real clients into a demo database. Afterwards, sign in as admin or casemanager with the password demo.</source>
        <translation>Coordinator llena esta base de datos con clientes, episodios, referidos y recursos comunitarios ficticios, para capacitación y pruebas. Nunca ingrese clientes reales en una base de datos de demostración. Después, inicie sesión como admin o casemanager con la contraseña demo.</translation>
    </message>
    <message>
        <source>Number of demo clients</source>
        <translation>Número de clientes de demostración</translation>
    </message>
    <message>
        <source>&amp;Number of clients</source>
        <translation>Número de c&amp;lientes</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Creating %1 fictitious clients…</source>
        <translation>Creando %1 clientes ficticios…</translation>
    </message>
</context>
<context>
    <name>FollowUpReport</name>
    <message>
        <source>Kept appointment</source>
        <translation>Cita cumplida</translation>
    </message>
    <message>
        <source>Care episode</source>
        <translation>Episodio de atención</translation>
    </message>
    <message>
        <source>24-hour admission</source>
        <translation>Ingreso a atención de 24 horas</translation>
    </message>
    <message>
        <source>No %1 besides the episode&apos;s own admission from day 0 to day %2 (to %3).</source>
        <translation>Sin %1 aparte del propio ingreso del episodio, del día 0 al día %2 (hasta el %3).</translation>
    </message>
    <message>
        <source>%1 The %2 episode ended on %3.</source>
        <translation>%1 El episodio de %2 terminó el %3.</translation>
    </message>
    <message>
        <source>First %1 on day %2 (%3), after the 7-day window.</source>
        <translation>Primera %1 el día %2 (%3), después del plazo de 7 días.</translation>
    </message>
    <message>
        <source>No %1 by %2; the 30-day window is open until %3.</source>
        <translation>Sin %1 para el %2; el plazo de 30 días sigue abierto hasta el %3.</translation>
    </message>
    <message>
        <source>No %1 in the 30 days after the discharge (to %2).</source>
        <translation>Sin %1 en los 30 días posteriores al alta (hasta el %2).</translation>
    </message>
    <message>
        <source>No %1 from day 1 to day %2 (to %3).</source>
        <translation>Sin %1 del día 1 al día %2 (hasta el %3).</translation>
    </message>
    <message>
        <source>%1 Discharge disposition: %2.</source>
        <translation>%1 Destino al alta: %2.</translation>
    </message>
    <message>
        <source>No discharges from inpatient, residential or withdrawal-management care and no new substance-use episodes that FUH, FUI or IET count matching the filters between %1 and %2.</source>
        <translation>No hubo altas de hospitalización, tratamiento residencial o manejo de abstinencia ni nuevos episodios por consumo de sustancias que cuenten para FUH, FUI o IET y coincidan con los filtros entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>No discharges from inpatient, residential or withdrawal-management care and no new substance-use episodes that FUH, FUI or IET count between %1 and %2.</source>
        <translation>No hubo altas de hospitalización, tratamiento residencial o manejo de abstinencia ni nuevos episodios por consumo de sustancias que cuenten para FUH, FUI o IET entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>No discharge or new substance-use episode matching the filters between %1 and %2 has a decided follow-up yet.</source>
        <translation>Ningún alta ni nuevo episodio por consumo de sustancias que coincida con los filtros entre el %1 y el %2 tiene todavía un seguimiento definido.</translation>
    </message>
    <message>
        <source>No discharge or new substance-use episode between %1 and %2 has a decided follow-up yet.</source>
        <translation>Ningún alta ni nuevo episodio por consumo de sustancias entre el %1 y el %2 tiene todavía un seguimiento definido.</translation>
    </message>
    <message>
        <source>FUH: follow-up within 7 days</source>
        <translation>FUH: seguimiento en 7 días</translation>
    </message>
    <message>
        <source>mental-health follow-up visit</source>
        <translation>visita de seguimiento de salud mental</translation>
    </message>
    <message>
        <source>FUH: follow-up within 30 days</source>
        <translation>FUH: seguimiento en 30 días</translation>
    </message>
    <message>
        <source>FUI: follow-up within 7 days</source>
        <translation>FUI: seguimiento en 7 días</translation>
    </message>
    <message>
        <source>substance-use follow-up visit</source>
        <translation>visita de seguimiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>FUI: follow-up within 30 days</source>
        <translation>FUI: seguimiento en 30 días</translation>
    </message>
    <message>
        <source>IET: initiation within 14 days</source>
        <translation>IET: inicio en 14 días</translation>
    </message>
    <message>
        <source>substance-use treatment</source>
        <translation>tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1: cumplido</translation>
    </message>
    <message>
        <source>%1: missed</source>
        <translation>%1: incumplido</translation>
    </message>
    <message>
        <source>%1: left out (readmitted within 30 days)</source>
        <translation>%1: excluido (reingreso en 30 días)</translation>
    </message>
    <message>
        <source>%1: still open</source>
        <translation>%1: todavía abierto</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>The clock&apos;s state on the worklist, as an excluded case&apos;s row says it.</extracomment>
        <translation>abierto</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>trasladado</translation>
    </message>
    <message>
        <source>FUH (follow-up after hospitalization for mental illness): of the discharges in the period from inpatient care for mental health or co-occurring disorders, of clients %1 or older on the discharge day, the share with a mental-health follow-up visit within 7 days and within 30 days after the discharge (day 0 is the discharge day and a visit that day does not count; day 7 and day 30 count). FUI (follow-up after high-intensity care for substance use): the same for discharges from inpatient, residential or withdrawal-management care for substance use or co-occurring disorders, of clients %2 or older, with a substance-use visit outside 24-hour care. IET initiation: of the new substance-use episodes in the period (no substance-use care in the %3 days before), of clients %4 or older on the episode date, the share with treatment initiated within 14 days of the episode date (day 0 to day %5); an admission to 24-hour care initiates treatment itself. A visit is what the worklist&apos;s clocks count: the start of, or an attended session in, outpatient, IOP or PHP care of the same focus, or a kept appointment that counts for it. A discharge followed by a readmission or direct transfer to 24-hour care within %6 days is left out of both its 7-day and 30-day rates (the later discharge counts instead), while the worklist shows the clock transferred, or met or missed as it happened. Judged on %7: clocks still open are listed but not counted, and the rates over discharges of the last %6 days can still change as readmissions are recorded. This follows the logic of the NCQA HEDIS FUH, FUI and IET measures on the app&apos;s own record; it is not a certified HEDIS calculation (no claims, enrollment or diagnosis codes). Filters: level, program and track are those of the stay left (FUH, FUI) or of the new substance-use episode (IET); case manager and payer are the client&apos;s as recorded now.</source>
        <translation>FUH (seguimiento después de hospitalización por enfermedad mental): de las altas del período de hospitalización por salud mental o trastornos concurrentes, de clientes de %1 años o más el día del alta, la proporción con una visita de seguimiento de salud mental en los 7 días y en los 30 días posteriores al alta (el día 0 es el día del alta y una visita ese día no cuenta; el día 7 y el día 30 sí cuentan). FUI (seguimiento después de atención de alta intensidad por consumo de sustancias): lo mismo para las altas de hospitalización, tratamiento residencial o manejo de abstinencia por consumo de sustancias o trastornos concurrentes, de clientes de %2 años o más, con una visita por consumo de sustancias fuera de la atención de 24 horas. Inicio de IET: de los nuevos episodios por consumo de sustancias del período (sin atención por consumo de sustancias en los %3 días anteriores), de clientes de %4 años o más en la fecha del episodio, la proporción que inició tratamiento en los 14 días posteriores a la fecha del episodio (del día 0 al día %5); un ingreso a atención de 24 horas inicia el tratamiento por sí mismo. Una visita es lo que cuentan los plazos de la lista de trabajo: el inicio de atención en tratamiento ambulatorio, IOP o PHP del mismo enfoque, o una sesión asistida en ella, o una cita cumplida que cuente para ello. Un alta seguida de un reingreso o traslado directo a atención de 24 horas en un plazo de %6 días se excluye de sus tasas de 7 y de 30 días (en su lugar cuenta el alta posterior), mientras que la lista de trabajo muestra el plazo como trasladado, o cumplido o incumplido según haya ocurrido. Evaluado el %7: los plazos todavía abiertos se listan pero no se cuentan, y las tasas sobre las altas de los últimos %6 días todavía pueden cambiar a medida que se registren reingresos. Esto sigue la lógica de las medidas FUH, FUI e IET de NCQA HEDIS sobre los registros propios de la aplicación; no es un cálculo certificado de HEDIS (sin reclamaciones, datos de afiliación ni códigos de diagnóstico). Filtros: nivel, programa y grupo son los de la estancia que terminó (FUH, FUI) o los del nuevo episodio por consumo de sustancias (IET); administrador de casos y aseguradora son los del cliente según constan ahora.</translation>
    </message>
    <message>
        <source>%1 missed, %2 open</source>
        <translation>%1 incumplidos, %2 abiertos</translation>
    </message>
    <message>
        <source>%1 missed, %2 left out, %3 open</source>
        <translation>%1 incumplidos, %2 excluidos, %3 abiertos</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>Por medida</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegibles</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>By level of care left or started</source>
        <translation>Por nivel de atención (de salida o de inicio)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Episode date</source>
        <translation>Fecha del episodio</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Treated on</source>
        <translation>Tratado el</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>Atendido el</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Cumplido por</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Readmitted</source>
        <translation>Reingreso</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problema:</translation>
    </message>
    <message>
        <source>Goal in the client&apos;s own words</source>
        <translation>Meta en las propias palabras del cliente</translation>
    </message>
    <message>
        <source>In the client&apos;s words, e.g. &quot;I want to enjoy my mornings again.&quot;</source>
        <translation>En palabras del cliente, p. ej., &quot;Quiero volver a disfrutar mis mañanas.&quot;</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Estado de la meta</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Quick guide</source>
        <translation>Guía rápida</translation>
    </message>
    <message>
        <source>Main tasks and keyboard shortcuts</source>
        <translation>Tareas principales y atajos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>InquiriesPanel</name>
    <message>
        <source>today</source>
        <extracomment>An inquiry waiting this many days or more (a week without an answer) is shown in the alert colours.</extracomment>
        <translation>hoy</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Level asked for</source>
        <translation>Nivel solicitado</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Open inquiries</source>
        <translation>Consultas de ingreso abiertas</translation>
    </message>
    <message>
        <source>&amp;New inquiry…</source>
        <translation>&amp;Nueva consulta…</translation>
    </message>
    <message>
        <source>Record a new inquiry</source>
        <translation>Registrar una nueva consulta de ingreso</translation>
    </message>
    <message>
        <source>Client&apos;s rec&amp;ord</source>
        <translation>E&amp;xpediente del cliente</translation>
    </message>
    <message>
        <source>Open the selected client&apos;s record</source>
        <translation>Abrir el expediente del cliente seleccionado</translation>
    </message>
    <message>
        <source>Newest contact first</source>
        <translation>Contacto más reciente primero</translation>
    </message>
    <message>
        <source>List the newest contact first instead of the longest waiting</source>
        <translation>Mostrar primero el contacto más reciente en lugar del que lleva más tiempo esperando</translation>
    </message>
    <message>
        <source>No inquiry is waiting for an answer.</source>
        <translation>No hay ninguna consulta de ingreso esperando respuesta.</translation>
    </message>
    <message>
        <source>More than %1 open; %2 are listed. Press Enter or double-click one to record verification, authorization or what it became.</source>
        <translation>Más de %1 abiertas; se muestran %2. Pulse Enter o haga doble clic en una para registrar la verificación, la autorización o en qué se convirtió.</translation>
    </message>
    <message>
        <source>%1 open. Press Enter or double-click one to record verification, authorization or what it became.</source>
        <translation>Abiertas: %1. Pulse Enter o haga doble clic en una para registrar la verificación, la autorización o en qué se convirtió.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Se muestran las primeras %1.</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Self</source>
        <translation>Por cuenta propia</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Hospital discharge planner</source>
        <translation>Planificador de altas del hospital</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Primary care</source>
        <translation>Atención primaria</translation>
    </message>
    <message>
        <source>Another program</source>
        <translation>Otro programa</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ingresado</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Referido a otro lugar</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No se logró contactar</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No aceptó</translation>
    </message>
    <message>
        <source>No authorization recorded.</source>
        <translation>No hay autorización registrada.</translation>
    </message>
    <message>
        <source>%1 of %2 authorized sessions used, %3 left.</source>
        <translation>%1 de %2 sesiones autorizadas usadas; quedan %3.</translation>
    </message>
    <message>
        <source>No session attended yet.</source>
        <translation>Todavía no asistió a ninguna sesión.</translation>
    </message>
    <message>
        <source>%1 days from first contact (first attended %2)</source>
        <translation>%1 días desde el primer contacto (primera asistencia: %2)</translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation>Nueva consulta de ingreso</translation>
    </message>
    <message>
        <source>Inquiry about %1</source>
        <translation>Consulta sobre %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>A&amp;pellido *</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fec&amp;ha de nacimiento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Quién llamó</translation>
    </message>
    <message>
        <source>e.g. M. Reyes, discharge planner, Mercy General</source>
        <translation>p. ej., M. Reyes, planificadora de altas, Mercy General</translation>
    </message>
    <message>
        <source>&amp;Who called</source>
        <translation>&amp;Quién llamó</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>First &amp;contact</source>
        <translation>Primer &amp;contacto</translation>
    </message>
    <message>
        <source>Requested level of care</source>
        <translation>Nivel de atención solicitado</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>No se indicó</translation>
    </message>
    <message>
        <source>&amp;Requested level</source>
        <translation>Nivel &amp;solicitado</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Insurance payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>&amp;Aseguradora</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>ID de miembro</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation>ID de &amp;miembro</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>&amp;Verificación</translation>
    </message>
    <message>
        <source>Day verified</source>
        <translation>Día de verificación</translation>
    </message>
    <message>
        <source>Verified or denied on</source>
        <translation>Verificado o denegado el</translation>
    </message>
    <message>
        <source>Authorization (where the payer requires one)</source>
        <translation>Autorización (si la aseguradora la exige)</translation>
    </message>
    <message>
        <source>Authorization number</source>
        <translation>Número de autorización</translation>
    </message>
    <message>
        <source>Authorization &amp;number</source>
        <translation>Núm. de a&amp;utorización</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Authorized sessions</source>
        <translation>Sesiones autorizadas</translation>
    </message>
    <message>
        <source>Authori&amp;zed sessions</source>
        <translation>Sesiones autori&amp;zadas</translation>
    </message>
    <message>
        <source>Authorization start</source>
        <translation>Inicio de la autorización</translation>
    </message>
    <message>
        <source>Be&amp;gins</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Authorization end</source>
        <translation>Fin de la autorización</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Authorized sessions used</source>
        <translation>Sesiones autorizadas usadas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Fecha del resultado</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>Referral made</source>
        <translation>Referido realizado</translation>
    </message>
    <message>
        <source>No referral record</source>
        <translation>Sin registro de referido</translation>
    </message>
    <message>
        <source>Referr&amp;al</source>
        <translation>Referi&amp;do</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referido a</translation>
    </message>
    <message>
        <source>Where, when no referral record says it</source>
        <translation>Dónde, si ningún registro de referido lo indica</translation>
    </message>
    <message>
        <source>Referre&amp;d to</source>
        <translation>R&amp;eferido a</translation>
    </message>
    <message>
        <source>Days to first session</source>
        <translation>Días hasta la primera sesión</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Primera sesión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>The referral made</source>
        <translation>El referido realizado</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>PHQ-9 (depression)</source>
        <extracomment>Every word above, marked for lupdate (and otherwise unused).</extracomment>
        <translation>PHQ-9 (depresión)</translation>
    </message>
    <message>
        <source>PHQ-A (adolescent depression)</source>
        <translation>PHQ-A (depresión en adolescentes)</translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)</source>
        <translation>GAD-7 (ansiedad)</translation>
    </message>
    <message>
        <source>PCL-5 (PTSD)</source>
        <translation>PCL-5 (TEPT)</translation>
    </message>
    <message>
        <source>EPDS (perinatal depression)</source>
        <translation>EPDS (depresión perinatal)</translation>
    </message>
    <message>
        <source>C-SSRS screener (suicide risk)</source>
        <translation>Tamizaje C-SSRS (riesgo de suicidio)</translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following?</source>
        <translation>Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?</translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often has the young person been bothered by:</source>
        <translation>Durante las últimas 2 semanas, ¿con qué frecuencia ha tenido el joven molestias debido a:</translation>
    </message>
    <message>
        <source>In the past month, how much were you bothered by:</source>
        <translation>En el último mes, ¿cuánto le afectó:</translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation>Poco interés o placer en hacer cosas</translation>
    </message>
    <message>
        <source>Feeling down, depressed or hopeless</source>
        <translation>Se ha sentido decaído(a), deprimido(a) o sin esperanzas</translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation>Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado</translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation>Se ha sentido cansado(a) o con poca energía</translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation>Sin apetito o ha comido en exceso</translation>
    </message>
    <message>
        <source>Feeling bad about yourself, or that you are a failure or have let yourself or your family down</source>
        <translation>Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia</translation>
    </message>
    <message>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation>Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión</translation>
    </message>
    <message>
        <source>Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation>¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal</translation>
    </message>
    <message>
        <source>Thoughts that you would be better off dead, or of hurting yourself in some way</source>
        <translation>Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera</translation>
    </message>
    <message>
        <source>Feeling down, depressed, irritable or hopeless (topic)</source>
        <translation>Sentirse decaído(a), deprimido(a), irritable o sin esperanzas (tema)</translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things (topic)</source>
        <translation>Poco interés o placer en hacer cosas (tema)</translation>
    </message>
    <message>
        <source>Sleep: trouble falling or staying asleep, or sleeping too much (topic)</source>
        <translation>Sueño: dificultad para quedarse o permanecer dormido(a), o dormir demasiado (tema)</translation>
    </message>
    <message>
        <source>Appetite: poor appetite, weight loss or overeating (topic)</source>
        <translation>Apetito: falta de apetito, pérdida de peso o comer en exceso (tema)</translation>
    </message>
    <message>
        <source>Tiredness or little energy (topic)</source>
        <translation>Cansancio o poca energía (tema)</translation>
    </message>
    <message>
        <source>Feeling bad about oneself or like a failure (topic)</source>
        <translation>Sentirse mal consigo mismo(a) o como un fracaso (tema)</translation>
    </message>
    <message>
        <source>Trouble concentrating, e.g. on schoolwork or reading (topic)</source>
        <translation>Dificultad para concentrarse, p. ej., en las tareas escolares o la lectura (tema)</translation>
    </message>
    <message>
        <source>Moving or speaking slowly, or being fidgety and restless (topic)</source>
        <translation>Moverse o hablar lentamente, o estar inquieto(a) y agitado(a) (tema)</translation>
    </message>
    <message>
        <source>Thoughts of being better off dead or of self-harm (topic)</source>
        <translation>Pensamientos de que estaría mejor muerto(a) o de hacerse daño (tema)</translation>
    </message>
    <message>
        <source>Serious thoughts of ending their life in the past month (yes/no)</source>
        <translation>Pensamientos serios de quitarse la vida en el último mes (sí/no)</translation>
    </message>
    <message>
        <source>Has ever tried to kill themself or made a suicide attempt (yes/no)</source>
        <translation>Alguna vez ha intentado quitarse la vida o ha hecho un intento de suicidio (sí/no)</translation>
    </message>
    <message>
        <source>Feeling nervous, anxious or on edge</source>
        <translation>Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta</translation>
    </message>
    <message>
        <source>Not being able to stop or control worrying</source>
        <translation>No ha sido capaz de parar o controlar su preocupación</translation>
    </message>
    <message>
        <source>Worrying too much about different things</source>
        <translation>Se ha preocupado demasiado por motivos diferentes</translation>
    </message>
    <message>
        <source>Trouble relaxing</source>
        <translation>Ha tenido dificultad para relajarse</translation>
    </message>
    <message>
        <source>Being so restless that it is hard to sit still</source>
        <translation>Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)</translation>
    </message>
    <message>
        <source>Becoming easily annoyed or irritable</source>
        <translation>Se ha molestado o irritado fácilmente</translation>
    </message>
    <message>
        <source>Feeling afraid, as if something awful might happen</source>
        <translation>Ha tenido miedo de que algo terrible fuera a pasar</translation>
    </message>
    <message>
        <source>Repeated, disturbing and unwanted memories of the stressful experience</source>
        <translation>Recuerdos repetidos, perturbadores e indeseados de la experiencia estresante</translation>
    </message>
    <message>
        <source>Repeated, disturbing dreams of the stressful experience</source>
        <translation>Sueños repetidos y perturbadores sobre la experiencia estresante</translation>
    </message>
    <message>
        <source>Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)</source>
        <translation>De repente sentir o actuar como si la experiencia estresante estuviera sucediendo de nuevo (como si realmente estuviera allí reviviéndola)</translation>
    </message>
    <message>
        <source>Feeling very upset when something reminded you of the stressful experience</source>
        <translation>Sentirse muy angustiado(a) cuando algo le recordaba la experiencia estresante</translation>
    </message>
    <message>
        <source>Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)</source>
        <translation>Tener reacciones físicas intensas cuando algo le recordaba la experiencia estresante (por ejemplo, latidos fuertes del corazón, dificultad para respirar, sudoración)</translation>
    </message>
    <message>
        <source>Avoiding memories, thoughts or feelings related to the stressful experience</source>
        <translation>Evitar recuerdos, pensamientos o sentimientos relacionados con la experiencia estresante</translation>
    </message>
    <message>
        <source>Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects or situations)</source>
        <translation>Evitar cosas externas que le recuerden la experiencia estresante (por ejemplo, personas, lugares, conversaciones, actividades, objetos o situaciones)</translation>
    </message>
    <message>
        <source>Trouble remembering important parts of the stressful experience</source>
        <translation>Dificultad para recordar partes importantes de la experiencia estresante</translation>
    </message>
    <message>
        <source>Having strong negative beliefs about yourself, other people or the world (for example, thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)</source>
        <translation>Tener creencias negativas intensas sobre usted mismo(a), otras personas o el mundo (por ejemplo, pensamientos como: soy malo(a), hay algo muy malo en mí, no se puede confiar en nadie, el mundo es completamente peligroso)</translation>
    </message>
    <message>
        <source>Blaming yourself or someone else for the stressful experience or what happened after it</source>
        <translation>Culparse a usted mismo(a) o a otra persona por la experiencia estresante o por lo que sucedió después</translation>
    </message>
    <message>
        <source>Having strong negative feelings such as fear, horror, anger, guilt or shame</source>
        <translation>Tener sentimientos negativos intensos como miedo, horror, enojo, culpa o vergüenza</translation>
    </message>
    <message>
        <source>Loss of interest in activities that you used to enjoy</source>
        <translation>Pérdida de interés en actividades que antes disfrutaba</translation>
    </message>
    <message>
        <source>Feeling distant or cut off from other people</source>
        <translation>Sentirse distante o alejado(a) de otras personas</translation>
    </message>
    <message>
        <source>Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)</source>
        <translation>Dificultad para experimentar sentimientos positivos (por ejemplo, no poder sentir felicidad ni tener sentimientos de cariño hacia las personas cercanas a usted)</translation>
    </message>
    <message>
        <source>Irritable behavior, angry outbursts or acting aggressively</source>
        <translation>Comportamiento irritable, arrebatos de enojo o actuar de forma agresiva</translation>
    </message>
    <message>
        <source>Taking too many risks or doing things that could cause you harm</source>
        <translation>Correr demasiados riesgos o hacer cosas que podrían causarle daño</translation>
    </message>
    <message>
        <source>Being &quot;superalert&quot; or watchful or on guard</source>
        <translation>Estar &quot;superalerta&quot;, vigilante o en guardia</translation>
    </message>
    <message>
        <source>Feeling jumpy or easily startled</source>
        <translation>Sentirse nervioso(a) o sobresaltarse fácilmente</translation>
    </message>
    <message>
        <source>Having difficulty concentrating</source>
        <translation>Tener dificultad para concentrarse</translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep</source>
        <translation>Dificultad para conciliar el sueño o permanecer dormido(a)</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Para nada</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>Varios días</translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation>Más de la mitad de los días</translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation>Casi todos los días</translation>
    </message>
    <message>
        <source>A little bit</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>Moderately</source>
        <translation>Moderadamente</translation>
    </message>
    <message>
        <source>Quite a bit</source>
        <translation>Bastante</translation>
    </message>
    <message>
        <source>Extremely</source>
        <translation>Extremadamente</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Moderadamente grave</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Below the cut-off</source>
        <translation>Por debajo del punto de corte</translation>
    </message>
    <message>
        <source>Probable PTSD</source>
        <translation>TEPT probable</translation>
    </message>
    <message>
        <source>Assess further</source>
        <translation>Evaluar más a fondo</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Moderate risk</source>
        <translation>Riesgo moderado</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>Thoughts of death or self-harm (item 9)</source>
        <translation>Pensamientos de muerte o de hacerse daño (pregunta 9)</translation>
    </message>
    <message>
        <source>Serious thoughts of ending life in the past month</source>
        <translation>Pensamientos serios de quitarse la vida en el último mes</translation>
    </message>
    <message>
        <source>Past suicide attempt reported</source>
        <translation>Informó un intento de suicidio previo</translation>
    </message>
    <message>
        <source>DSM-5 PTSD symptom pattern met</source>
        <translation>Cumple el patrón de síntomas de TEPT del DSM-5</translation>
    </message>
    <message>
        <source>Assess further (EPDS 13 or more)</source>
        <translation>Evaluar más a fondo (EPDS de 13 o más)</translation>
    </message>
    <message>
        <source>Thoughts of self-harm (EPDS item 10)</source>
        <translation>Pensamientos de hacerse daño (pregunta 10 del EPDS)</translation>
    </message>
    <message>
        <source>C-SSRS moderate risk</source>
        <translation>C-SSRS: riesgo moderado</translation>
    </message>
    <message>
        <source>C-SSRS high risk</source>
        <translation>C-SSRS: riesgo alto</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Edit intervention</source>
        <translation>Editar intervención</translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation>Agregar intervención</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation>&amp;Intervención:</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>e.g. three times a week</source>
        <translation>p. ej., tres veces por semana</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <translation>Personal responsable</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cerró sesión</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>Ventana bloqueada</translation>
    </message>
    <message>
        <source>Window unlocked</source>
        <translation>Ventana desbloqueada</translation>
    </message>
    <message>
        <source>Signed out: account changed</source>
        <translation>Sesión cerrada: la cuenta cambió</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Configuración modificada</translation>
    </message>
    <message>
        <source>Demo caseload created</source>
        <translation>Casos de demostración creados</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Marked entered in error</source>
        <translation>Marcado como registrado por error</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Reconstruido</translation>
    </message>
    <message>
        <source>Missed clock closed out</source>
        <translation>Plazo incumplido cerrado</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restaurado desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado modificado</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Resultado registrado</translation>
    </message>
    <message>
        <source>Searched clients</source>
        <translation>Búsqueda de clientes</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Expediente del cliente</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transición</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Care team member</source>
        <translation>Miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerta de seguridad</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Divulgación</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Cuenta de usuario</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Configuración de la clínica</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>Program track</source>
        <translation>Grupo del programa</translation>
    </message>
    <message>
        <source>Resource directory</source>
        <translation>Directorio de recursos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Transition clocks</source>
        <translation>Plazos de transición</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Referrals list</source>
        <translation>Lista de referidos</translation>
    </message>
    <message>
        <source>Clients list</source>
        <translation>Lista de clientes</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Clock report</source>
        <translation>Informe de plazos</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Directiva anticipada</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de atención</translation>
    </message>
    <message>
        <source>Care plan goal</source>
        <translation>Meta del plan de atención</translation>
    </message>
    <message>
        <source>Care plan objective</source>
        <translation>Objetivo del plan de atención</translation>
    </message>
    <message>
        <source>Care plan intervention</source>
        <translation>Intervención del plan de atención</translation>
    </message>
    <message>
        <source>Care plan review</source>
        <translation>Revisión del plan de atención</translation>
    </message>
    <message>
        <source>Intake inquiry</source>
        <translation>Consulta de ingreso</translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation>Evaluación de preparación</translation>
    </message>
    <message>
        <source>Report case list</source>
        <translation>Lista de casos de un informe</translation>
    </message>
    <message>
        <source>Outcome reports</source>
        <translation>Informes de resultados</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Clinic NPI</source>
        <translation>NPI de la clínica</translation>
    </message>
    <message>
        <source>License number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Step-down window (days)</source>
        <translation>Plazo de paso a un nivel menor (días)</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>Require consent for all disclosures</source>
        <translation>Exigir consentimiento para toda divulgación</translation>
    </message>
    <message>
        <source>Age a minor may consent to substance-use treatment alone (18: never)</source>
        <translation>Edad desde la que un menor puede consentir solo al tratamiento por consumo de sustancias (18: nunca)</translation>
    </message>
    <message>
        <source>Require a readiness assessment before a step-up or step-down</source>
        <translation>Exigir una evaluación de preparación antes de pasar a un nivel mayor o menor</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Base de datos de demostración</translation>
    </message>
    <message>
        <source>PCL-5 probable PTSD cut-off</source>
        <translation>Punto de corte del PCL-5 para probable TEPT</translation>
    </message>
    <message>
        <source>PHQ-9 due every (days, 0: never)</source>
        <translation>PHQ-9 cada (días; 0: nunca)</translation>
    </message>
    <message>
        <source>GAD-7 due every (days, 0: never)</source>
        <translation>GAD-7 cada (días; 0: nunca)</translation>
    </message>
    <message>
        <source>PCL-5 due every (days, 0: never)</source>
        <translation>PCL-5 cada (días; 0: nunca)</translation>
    </message>
    <message>
        <source>Care plan review every (days) in OP</source>
        <translation>Revisión del plan de atención cada (días) en OP</translation>
    </message>
    <message>
        <source>Care plan review every (days) in IOP</source>
        <translation>Revisión del plan de atención cada (días) en IOP</translation>
    </message>
    <message>
        <source>Care plan review every (days) in PHP</source>
        <translation>Revisión del plan de atención cada (días) en PHP</translation>
    </message>
    <message>
        <source>Care plan review every (days) in RES</source>
        <translation>Revisión del plan de atención cada (días) en RES</translation>
    </message>
    <message>
        <source>Care plan review every (days) in INP</source>
        <translation>Revisión del plan de atención cada (días) en INP</translation>
    </message>
    <message>
        <source>Care plan review every (days) in WM</source>
        <translation>Revisión del plan de atención cada (días) en WM</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The app changes to this language the next time you sign in.</source>
        <translation>La aplicación cambiará a este idioma la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <source>&amp;Add episode…</source>
        <extracomment>Where the journey timeline (coordinator/ui/timeline.py) goes, above the table.</extracomment>
        <translation>&amp;Agregar episodio…</translation>
    </message>
    <message>
        <source>Add episode</source>
        <translation>Agregar episodio</translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation>Dar de a&amp;lta…</translation>
    </message>
    <message>
        <source>Discharge from the active episode</source>
        <translation>Dar de alta del episodio activo</translation>
    </message>
    <message>
        <source>&amp;Step up / Step down…</source>
        <translation>&amp;Pasar a nivel mayor/menor…</translation>
    </message>
    <message>
        <source>Step up or step down</source>
        <translation>Pasar a un nivel mayor o menor</translation>
    </message>
    <message>
        <source>Disc&amp;harge details…</source>
        <translation>&amp;Detalles del alta…</translation>
    </message>
    <message>
        <source>Discharge details of the chosen ended episode</source>
        <translation>Detalles del alta del episodio finalizado elegido</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Episodios de atención</translation>
    </message>
    <message>
        <source>Discharge details</source>
        <extracomment>The discharge details of the selected ended episode (else the latest one).</extracomment>
        <translation>Detalles del alta</translation>
    </message>
</context>
<context>
    <name>LevelsTab</name>
    <message>
        <source>Levels of care</source>
        <translation>Niveles de atención</translation>
    </message>
    <message>
        <source>&amp;Edit level…</source>
        <translation>&amp;Editar nivel…</translation>
    </message>
    <message>
        <source>Edit the selected level of care</source>
        <translation>Editar el nivel de atención seleccionado</translation>
    </message>
    <message>
        <source>Edit the selected level (Enter on a row)</source>
        <translation>Editar el nivel seleccionado (Enter en una fila)</translation>
    </message>
    <message>
        <source>Weekly hours are the level&apos;s usual range of clinical hours; planned hours outside it get a warning, never a refusal.</source>
        <translation>Las horas semanales son el rango habitual de horas clínicas del nivel; las horas planificadas fuera de ese rango generan una advertencia, nunca un rechazo.</translation>
    </message>
</context>
<context>
    <name>LevelsTableModel</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>menos de %1</translation>
    </message>
    <message>
        <source>Varies</source>
        <translation>Varía</translation>
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
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ASAM level</source>
        <translation>Nivel ASAM</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horas semanales</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>%1%2</source>
        <comment>a percentage: %1 the number, %2 the percent sign; put a space between them where the language does</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Coordinator is locked</source>
        <translation>Coordinator está bloqueado</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>The window locked to keep client information private. %1, enter your password to continue.</source>
        <translation>La ventana se bloqueó para proteger la privacidad de la información de los clientes. %1, ingrese su contraseña para continuar.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Coordinator</source>
        <translation>Iniciar sesión — Coordinator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>This is a demo database with fictitious clients. Sign in as admin or casemanager with the password demo.</source>
        <translation>Esta es una base de datos de demostración con clientes ficticios. Inicie sesión como admin o casemanager con la contraseña demo.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Coordinator</source>
        <translation>Salir de Coordinator</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>%1 — sign in to continue.</source>
        <translation>%1 — inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Ingrese su nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>&amp;Elegir imagen…</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the clinic logo</source>
        <translation>Quitar el logotipo de la clínica</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>The saved logo cannot be shown</source>
        <translation>No se puede mostrar el logotipo guardado</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>No se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture.</source>
        <translation>Elija una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>This picture is too large; choose one under 1 MB.</source>
        <translation>Esta imagen es demasiado grande; elija una de menos de 1 MB.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>The language Coordinator speaks to you, from your next sign-in</source>
        <translation>El idioma en que Coordinator le habla, a partir de su próximo inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Quick &amp;guide</source>
        <translation>&amp;Guía rápida</translation>
    </message>
    <message>
        <source>The main tasks and the keyboard shortcuts</source>
        <translation>Las tareas principales y los atajos de teclado</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registro</translation>
    </message>
    <message>
        <source>Show the folder holding Coordinator&apos;s log file</source>
        <translation>Mostrar la carpeta que contiene el archivo de registro de Coordinator</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy the versions, database kind and schema for your support contact (no client data)</source>
        <translation>Copiar las versiones, el tipo de base de datos y el esquema para su contacto de soporte (sin datos de clientes)</translation>
    </message>
    <message>
        <source>&amp;About Coordinator</source>
        <translation>&amp;Acerca de Coordinator</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>A demo database with fictitious clients; do not enter real client information.</source>
        <translation>Base de datos de demostración con clientes ficticios; no ingrese información de clientes reales.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>About Coordinator</source>
        <translation>Acerca de Coordinator</translation>
    </message>
    <message>
        <source>Coordinator %1

Care coordination across levels of care for behavioral-health case managers.

Database: %2</source>
        <translation>Coordinator %1

Coordinación de la atención entre niveles de atención para administradores de casos de salud conductual.

Base de datos: %2</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registro</translation>
    </message>
    <message>
        <source>The log folder %1 cannot be made (%2).</source>
        <translation>No se puede crear la carpeta de registro %1 (%2).</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Revisión del esquema</translation>
    </message>
    <message>
        <source>Newest schema known</source>
        <translation>Esquema más reciente conocido</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registro</translation>
    </message>
    <message>
        <source>Diagnostics copied.</source>
        <translation>Diagnóstico copiado.</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Agregar medicamento</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>e.g. Buprenorphine/naloxone</source>
        <translation>p. ej., Buprenorfina/naloxona</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>For opioid or alcohol &amp;use disorder (MOUD/MAUD)</source>
        <translation>Para &amp;trastorno por consumo de opioides o alcohol (MOUD/MAUD)</translation>
    </message>
    <message>
        <source>Medication for opioid or alcohol use disorder</source>
        <translation>Medicamento para el trastorno por consumo de opioides o alcohol</translation>
    </message>
    <message>
        <source>Dose (a number)</source>
        <translation>Dosis (un número)</translation>
    </message>
    <message>
        <source>e.g. 8 or 0.5</source>
        <translation>p. ej., 8 o 0.5</translation>
    </message>
    <message>
        <source>Unit of the dose</source>
        <translation>Unidad de la dosis</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation>Unidad…</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Choose the route…</source>
        <translation>Elija la vía…</translation>
    </message>
    <message>
        <source>&amp;Route *</source>
        <translation>&amp;Vía *</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Choose how often…</source>
        <translation>Elija la frecuencia…</translation>
    </message>
    <message>
        <source>&amp;Frequency *</source>
        <translation>&amp;Frecuencia *</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>e.g. Dr. Ana Ruiz</source>
        <translation>p. ej., Dra. Ana Ruiz</translation>
    </message>
    <message>
        <source>Pres&amp;criber</source>
        <translation>&amp;Recetado por</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Star&amp;t date</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Choose the status…</source>
        <translation>Elija el estado…</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Suspendido el</translation>
    </message>
    <message>
        <source>Stopped &amp;on</source>
        <translation>&amp;Suspendido el</translation>
    </message>
    <message>
        <source>&amp;Dose *</source>
        <translation>&amp;Dosis *</translation>
    </message>
</context>
<context>
    <name>MedicationDialogs</name>
    <message>
        <source>%1 — choose from the list</source>
        <translation>%1 — elija de la lista</translation>
    </message>
</context>
<context>
    <name>Medications</name>
    <message>
        <source>Allergic to</source>
        <translation>Alérgico a</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>[Entered in error] </source>
        <translation>[Registrado por error] </translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Use disorder</source>
        <translation>Trastorno por consumo</translation>
    </message>
    <message>
        <source>MOUD/MAUD</source>
        <translation>MOUD/MAUD</translation>
    </message>
    <message>
        <source>Medication for opioid or alcohol use disorder</source>
        <translation>Medicamento para el trastorno por consumo de opioides o alcohol</translation>
    </message>
    <message>
        <source>No known allergies (recorded %1)</source>
        <translation>Sin alergias conocidas (registrado el %1)</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>1 allergy recorded</source>
        <translation>1 alergia registrada</translation>
    </message>
    <message>
        <source>%1 allergies recorded</source>
        <translation>%1 alergias registradas</translation>
    </message>
    <message>
        <source>Allergies not asked yet</source>
        <translation>Aún no se preguntó por alergias</translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Allergy status</source>
        <translation>Estado de alergias</translation>
    </message>
    <message>
        <source>Add aller&amp;gy…</source>
        <translation>Agregar a&amp;lergia…</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Agregar una alergia</translation>
    </message>
    <message>
        <source>No &amp;known allergies</source>
        <translation>Sin alergias &amp;conocidas</translation>
    </message>
    <message>
        <source>Record no known allergies</source>
        <translation>Registrar que no tiene alergias conocidas</translation>
    </message>
    <message>
        <source>Allerg&amp;y entered in error…</source>
        <translation>Alergia registrada por e&amp;rror…</translation>
    </message>
    <message>
        <source>Mark the allergy entered in error</source>
        <translation>Marcar la alergia como registrada por error</translation>
    </message>
    <message>
        <source>Press Enter or double-click to edit an allergy</source>
        <translation>Presione Enter o haga doble clic para editar una alergia</translation>
    </message>
    <message>
        <source>Ask the client about allergies to medications, foods, latex or anything else, then use Add allergy or No known allergies.</source>
        <translation>Pregunte al cliente si tiene alergias a medicamentos, alimentos, látex u otra cosa, y luego use Agregar alergia o Sin alergias conocidas.</translation>
    </message>
    <message>
        <source>&amp;Add medication…</source>
        <translation>&amp;Agregar medicamento…</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Agregar un medicamento</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the medication</source>
        <translation>Editar el medicamento</translation>
    </message>
    <message>
        <source>Discontin&amp;ue…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>Stop the medication</source>
        <translation>Suspender el medicamento</translation>
    </message>
    <message>
        <source>Medi&amp;cation entered in error…</source>
        <translation>&amp;Medicamento registrado por error…</translation>
    </message>
    <message>
        <source>Mark the medication entered in error</source>
        <translation>Marcar el medicamento como registrado por error</translation>
    </message>
    <message>
        <source>No medications recorded. Use Add medication to record what the client takes, with the dose, route and how often.</source>
        <translation>No hay medicamentos registrados. Use Agregar medicamento para registrar lo que toma el cliente, con la dosis, la vía y la frecuencia.</translation>
    </message>
    <message>
        <source>Mark the listed allergies entered in error first</source>
        <translation>Primero marque como registradas por error las alergias de la lista</translation>
    </message>
    <message>
        <source>Allergy entered in error</source>
        <translation>Alergia registrada por error</translation>
    </message>
    <message>
        <source>The allergy to %1 stays on the list, struck through. If no other allergy is left, the allergies read as not asked yet.</source>
        <translation>La alergia a %1 permanece en la lista, tachada. Si no queda ninguna otra alergia, las alergias aparecen como aún no preguntadas.</translation>
    </message>
    <message>
        <source>Medication entered in error</source>
        <translation>Medicamento registrado por error</translation>
    </message>
    <message>
        <source>%1 stays on the list, struck through.</source>
        <translation>%1 permanece en la lista, tachado.</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>Minutos asistidos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <source>Edit referral</source>
        <extracomment>Follow-up date a new referral gets unless the case manager picks another.</extracomment>
        <translation>Editar referido</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nuevo referido</translation>
    </message>
    <message>
        <source>Refer to a facility or a resource</source>
        <translation>Referir a un centro o a un recurso</translation>
    </message>
    <message>
        <source>Partner facility</source>
        <translation>Centro asociado</translation>
    </message>
    <message>
        <source>Community resource (service)</source>
        <translation>Recurso comunitario (servicio)</translation>
    </message>
    <message>
        <source>Refer &amp;to</source>
        <translation>Referir &amp;a</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>&amp;Facility *</source>
        <translation>C&amp;entro *</translation>
    </message>
    <message>
        <source>Find a service by name</source>
        <translation>Buscar un servicio por nombre</translation>
    </message>
    <message>
        <source>Type words of the service or organization name</source>
        <translation>Escriba palabras del nombre del servicio o de la organización</translation>
    </message>
    <message>
        <source>Fi&amp;nd service</source>
        <translation>&amp;Buscar servicio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Ser&amp;vice *</source>
        <translation>&amp;Servicio *</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>&amp;Category *</source>
        <translation>&amp;Categoría *</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motivo del referido</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Fecha límite de seguimiento</translation>
    </message>
    <message>
        <source>Follow &amp;up by *</source>
        <translation>Fecha &amp;límite de seguimiento *</translation>
    </message>
    <message>
        <source>Note to the receiving program</source>
        <translation>Nota para el programa que recibe</translation>
    </message>
    <message>
        <source>N&amp;ote to receiver</source>
        <translation>N&amp;ota para el receptor</translation>
    </message>
    <message>
        <source>Send no&amp;w (otherwise kept as a draft)</source>
        <translation>Enviar a&amp;hora (si no, se guarda como borrador)</translation>
    </message>
    <message>
        <source>Send the referral now</source>
        <translation>Enviar el referido ahora</translation>
    </message>
    <message>
        <source>Referral to %1 updated.</source>
        <translation>Referido a %1 actualizado.</translation>
    </message>
    <message>
        <source>Referral to %1 saved as %2.</source>
        <translation>Referido a %1 guardado con el estado: %2.</translation>
    </message>
</context>
<context>
    <name>NoKnownAllergiesDialog</name>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>The client was asked and knows of no allergy to medications, foods, latex or anything else.</source>
        <translation>Se le preguntó al cliente y no sabe de ninguna alergia a medicamentos, alimentos, látex ni a ninguna otra cosa.</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Fecha en que se preguntó</translation>
    </message>
    <message>
        <source>&amp;Asked on</source>
        <translation>&amp;Preguntado el</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>e.g. Mother, Riverside IOP intake</source>
        <translation>p. ej., Madre, admisión de Riverside IOP</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Con quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>C&amp;uándo</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>&amp;Text *</source>
        <translation>Te&amp;xto *</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>&amp;Agregar nota…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Agregar una nota</translation>
    </message>
    <message>
        <source>Entered in &amp;error…</source>
        <translation>Registrada por &amp;error…</translation>
    </message>
    <message>
        <source>Mark the note entered in error</source>
        <translation>Marcar la nota como registrada por error</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>Full text of the note</source>
        <translation>Texto completo de la nota</translation>
    </message>
    <message>
        <source>Select a note to read all of it.</source>
        <translation>Seleccione una nota para leerla completa.</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR — </source>
        <translation>REGISTRADA POR ERROR — </translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Agregar objetivo</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Measurable, e.g. &quot;PHQ-9 below 10 on two visits in a row&quot;</source>
        <translation>Medible, p. ej., &quot;PHQ-9 por debajo de 10 en dos visitas seguidas&quot;</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Fecha meta:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Medido con</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>&amp;Medido con:</translation>
    </message>
    <message>
        <source>Objective status</source>
        <translation>Estado del objetivo</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Not recorded</source>
        <translation>No registrada</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Appointment outcome</source>
        <translation>Resultado de la cita</translation>
    </message>
    <message>
        <source>&amp;Kept: the client went</source>
        <translation>Cu&amp;mplida: el cliente asistió</translation>
    </message>
    <message>
        <source>&amp;Missed: the client did not go</source>
        <translation>&amp;Perdida: el cliente no asistió</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Cancelada</translation>
    </message>
    <message>
        <source>Con&amp;firmed with the receiving program</source>
        <translation>Con&amp;firmada con el programa receptor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Nota sobre el resultado</translation>
    </message>
    <message>
        <source>e.g. Admitted to the evening track</source>
        <translation>p. ej., Ingresó al grupo de la noche</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Active problems</source>
        <translation>Problemas activos</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Directivas anticipadas</translation>
    </message>
    <message>
        <source>Responsible clinician</source>
        <translation>Profesional clínico responsable</translation>
    </message>
    <message>
        <source>Psychiatric advance directive</source>
        <translation>Directiva anticipada psiquiátrica</translation>
    </message>
    <message>
        <source>Medical advance directive</source>
        <translation>Directiva anticipada médica</translation>
    </message>
    <message>
        <source>POLST</source>
        <translation>POLST</translation>
    </message>
    <message>
        <source>No known allergies (recorded %1)</source>
        <translation>Sin alergias conocidas (registrado el %1)</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Aún no se ha preguntado</translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation>Sin medicamentos activos</translation>
    </message>
    <message>
        <source>1 active medication</source>
        <translation>1 medicamento activo</translation>
    </message>
    <message>
        <source>%1 active medications</source>
        <translation>%1 medicamentos activos</translation>
    </message>
    <message>
        <source>, %1 for opioid or alcohol use disorder</source>
        <translation>, %1 para trastorno por consumo de opioides o alcohol</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>Ninguna programada</translation>
    </message>
    <message>
        <source> · confirmed</source>
        <translation> · confirmada</translation>
    </message>
    <message>
        <source>Today: </source>
        <translation>Hoy: </translation>
    </message>
    <message>
        <source> — ⚠ %1 past without an outcome</source>
        <translation> — ⚠ %1 citas pasadas sin resultado</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Clinical record</source>
        <extracomment>The value labels by detail name (&quot;name&quot;, &quot;preferred_name&quot;, &quot;phone&quot;, …, and the clinical record&apos;s &quot;problems&quot;, &quot;allergies&quot;, &quot;medications&quot;, &quot;appointment&quot;, &quot;safety_plan&quot;, &quot;directives&quot;, &quot;clinician&quot;). The links (the lines&apos; titles) by summary line name, in tab order.</extracomment>
        <translation>Expediente clínico</translation>
    </message>
    <message>
        <source>Open the tab of %1</source>
        <translation>Abrir la pestaña de %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation>Sexo al nacer</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>Version %1, completed %2%3</source>
        <translation>Versión %1, completada el %2%3</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> con %1</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Ninguno en el expediente</translation>
    </message>
    <message>
        <source>on file, signed %1</source>
        <translation>en el expediente, firmada el %1</translation>
    </message>
    <message>
        <source>on file</source>
        <translation>en el expediente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>no tiene</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>What the last consent refusal asked a consent for (fills Record consent…). The user agreed to a discharge summary for a client still in active care.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading the facilities…</source>
        <translation>Leyendo los centros…</translation>
    </message>
    <message>
        <source>Receiving facility</source>
        <translation>Centro receptor</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Escriba parte del nombre</translation>
    </message>
    <message>
        <source>Reason for transfer</source>
        <translation>Motivo del traslado</translation>
    </message>
    <message>
        <source>Reason for discharge</source>
        <translation>Motivo del alta</translation>
    </message>
    <message>
        <source>In your words; left blank, the packet gives the reason the last stay ended.</source>
        <translation>En sus palabras; si se deja en blanco, el paquete indica el motivo por el que terminó la última estancia.</translation>
    </message>
    <message>
        <source>&amp;Receiving facility:</source>
        <translation>Centro &amp;receptor:</translation>
    </message>
    <message>
        <source>Sen&amp;t to:</source>
        <translation>Enviado &amp;a:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview the packet</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <source>Make the packet and show it here (F5)</source>
        <translation>Generar el paquete y mostrarlo aquí (F5)</translation>
    </message>
    <message>
        <source>Packet status</source>
        <translation>Estado del paquete</translation>
    </message>
    <message>
        <source>Why the packet cannot be made</source>
        <translation>Por qué no se puede generar el paquete</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Record the missing consent</source>
        <translation>Registrar el consentimiento que falta</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the packet as a PDF file</source>
        <translation>Guardar el paquete como archivo PDF</translation>
    </message>
    <message>
        <source>Save the packet as a PDF file (Ctrl+S)</source>
        <translation>Guardar el paquete como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save as &amp;FHIR…</source>
        <translation>Guardar como &amp;FHIR…</translation>
    </message>
    <message>
        <source>Save the packet as a FHIR bundle</source>
        <translation>Guardar el paquete como documento FHIR</translation>
    </message>
    <message>
        <source>Save the packet as a FHIR R4 document bundle (JSON) for the receiving system, with the PDF inside (Ctrl+Shift+S)</source>
        <translation>Guardar el paquete como documento FHIR R4 (JSON) para el sistema receptor, con el PDF dentro (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the packet</source>
        <translation>Imprimir el paquete</translation>
    </message>
    <message>
        <source>Print the packet (Ctrl+P)</source>
        <translation>Imprimir el paquete (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the packet</source>
        <translation>Cerrar el paquete</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <source>Choose the receiving facility</source>
        <translation>Elija el centro receptor</translation>
    </message>
    <message>
        <source>The client (own copy)</source>
        <translation>El cliente (copia propia)</translation>
    </message>
    <message>
        <source>consent on file</source>
        <translation>consentimiento en el expediente</translation>
    </message>
    <message>
        <source>consent on file, without Part 2</source>
        <translation>consentimiento en el expediente, sin Part 2</translation>
    </message>
    <message>
        <source>An active consent of this client names this facility.</source>
        <translation>Un consentimiento activo de este cliente nombra este centro.</translation>
    </message>
    <message>
        <source>Choose the receiving facility, then Preview.</source>
        <translation>Elija el centro receptor y luego Vista previa.</translation>
    </message>
    <message>
        <source>Changed since the preview: press Preview to see the packet again.</source>
        <translation>Cambió desde la vista previa: pulse Vista previa para ver el paquete de nuevo.</translation>
    </message>
    <message>
        <source>Choose the receiving facility first.</source>
        <translation>Primero elija el centro receptor.</translation>
    </message>
    <message>
        <source>Making the packet…</source>
        <translation>Generando el paquete…</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>the client&apos;s own copy</source>
        <translation>la copia propia del cliente</translation>
    </message>
    <message>
        <source>under consent no. %1</source>
        <translation>con el consentimiento n.º %1</translation>
    </message>
    <message>
        <source>includes substance-use treatment information (42 CFR Part 2)</source>
        <translation>incluye información de tratamiento por consumo de sustancias (42 CFR Part 2)</translation>
    </message>
    <message>
        <source>Preview: %1. Nothing has left the clinic until you save or print it.</source>
        <translation>Vista previa: %1. Nada sale de la clínica hasta que lo guarde o lo imprima.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Client still in care</source>
        <translation>El cliente sigue en atención</translation>
    </message>
    <message>
        <source>%1 is still in active care, and a discharge summary is for a client who has left.</source>
        <translation>%1 sigue en atención activa, y un resumen de alta es para un cliente que ya salió de la atención.</translation>
    </message>
    <message>
        <source>Make it anyway, for example ahead of a planned discharge?</source>
        <translation>¿Generarlo de todos modos, por ejemplo antes de un alta prevista?</translation>
    </message>
    <message>
        <source>Make it anyway</source>
        <translation>Generarlo de todos modos</translation>
    </message>
    <message>
        <source>Do not make it</source>
        <translation>No generarlo</translation>
    </message>
    <message>
        <source>No discharge summary was made: the client is still in active care.</source>
        <translation>No se generó ningún resumen de alta: el cliente sigue en atención activa.</translation>
    </message>
    <message>
        <source>Save packet</source>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save FHIR bundle</source>
        <translation>Guardar documento FHIR</translation>
    </message>
    <message>
        <source>FHIR bundles (*.json)</source>
        <translation>Documentos FHIR (*.json)</translation>
    </message>
    <message>
        <source>Saved %1 and logged on the Documents tab.</source>
        <translation>Se guardó %1 y quedó registrado en la pestaña Documentos.</translation>
    </message>
    <message>
        <source>The printer could not be opened, so nothing was printed. Check that it is switched on and connected, then try again.</source>
        <translation>No se pudo abrir la impresora, así que no se imprimió nada. Verifique que esté encendida y conectada, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sent to the printer and logged on the Documents tab.</source>
        <translation>Se envió a la impresora y quedó registrado en la pestaña Documentos.</translation>
    </message>
    <message>
        <source>Consent recorded. Press Preview to make the packet.</source>
        <translation>Consentimiento registrado. Pulse Vista previa para generar el paquete.</translation>
    </message>
</context>
<context>
    <name>PacketPreview</name>
    <message>
        <source>Packet preview</source>
        <extracomment>Pages are rendered for the printer at its resolution, but never finer than this: a letter page at 1200 dpi would be a half-gigabyte image, and 300 dpi is print quality.</extracomment>
        <translation>Vista previa del paquete</translation>
    </message>
</context>
<context>
    <name>Packets</name>
    <message>
        <source>Transfer summary</source>
        <translation>Resumen de traslado</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>Resumen de alta</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Carta de referido</translation>
    </message>
    <message>
        <source>Referral letter to the client</source>
        <translation>Carta de referido para el cliente</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <source>L&amp;argest</source>
        <translation>&amp;Muy grande</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>ProblemStatusDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>&amp;Resuelto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>R&amp;uled out</source>
        <translation>&amp;Descartado</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>&amp;Active again</source>
        <translation>&amp;Activo de nuevo</translation>
    </message>
    <message>
        <source>Active again</source>
        <translation>Activo de nuevo</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Active</source>
        <extracomment>Long enough to skip the keystrokes in the middle of a word.</extracomment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Code, description (stretches), primary, substance use, status, onset, recorded.</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Problem entered in error</source>
        <translation>Problema registrado por error</translation>
    </message>
    <message>
        <source>%1 stays on the problem list, struck through, and no longer counts as the client&apos;s diagnosis.</source>
        <translation>%1 permanece en la lista de problemas, tachado, y ya no cuenta como diagnóstico del cliente.</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Registrado por error</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add a problem</source>
        <translation>Agregar un problema</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the problem</source>
        <translation>Editar el problema</translation>
    </message>
    <message>
        <source>Resol&amp;ve / rule out…</source>
        <translation>&amp;Resolver / descartar…</translation>
    </message>
    <message>
        <source>Resolve, rule out or reactivate the problem</source>
        <translation>Resolver, descartar o reactivar el problema</translation>
    </message>
    <message>
        <source>Mar&amp;k entered in error…</source>
        <translation>&amp;Marcar como registrado por error…</translation>
    </message>
    <message>
        <source>Mark the problem entered in error</source>
        <translation>Marcar el problema como registrado por error</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Lista de problemas</translation>
    </message>
    <message>
        <source>No problems are recorded yet. Use Add to code the client&apos;s diagnoses from ICD-10-CM: mark the primary one, and tick substance use for a substance use disorder, since packets then need a 42 CFR Part 2 consent.</source>
        <translation>Todavía no hay problemas registrados. Use Agregar para codificar los diagnósticos del cliente con ICD-10-CM: marque el principal y marque consumo de sustancias si es un trastorno por consumo de sustancias, ya que entonces los paquetes requieren un consentimiento conforme a 42 CFR Part 2.</translation>
    </message>
    <message>
        <source>Reacti&amp;vate / change status…</source>
        <translation>&amp;Reactivar / cambiar estado…</translation>
    </message>
</context>
<context>
    <name>ProtectionTab</name>
    <message>
        <source>How the database is protected</source>
        <translation>Cómo está protegida la base de datos</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Show recovery code</source>
        <translation>&amp;Mostrar el código de recuperación</translation>
    </message>
    <message>
        <source>Shows the code; the audit trail records that it was shown.</source>
        <translation>Muestra el código; el registro de auditoría deja constancia de que se mostró.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Có&amp;digo de recuperación:</translation>
    </message>
    <message>
        <source>This database is encrypted on disk (SQLCipher, AES-256): a copy of %1 shows nothing without its key. This workstation has no credential store, so it keeps the key in the folder %2, which only your account can open.</source>
        <translation>Esta base de datos está cifrada en el disco (SQLCipher, AES-256): una copia de %1 no muestra nada sin su clave. Este equipo no tiene un almacén de credenciales, así que guarda la clave en la carpeta %2, que solo su cuenta puede abrir.</translation>
    </message>
    <message>
        <source>This database is encrypted on disk (SQLCipher, AES-256): a copy of %1 shows nothing without its key. This workstation keeps the key in the operating system&apos;s credential store (%2).</source>
        <translation>Esta base de datos está cifrada en el disco (SQLCipher, AES-256): una copia de %1 no muestra nada sin su clave. Este equipo guarda la clave en el almacén de credenciales del sistema operativo (%2).</translation>
    </message>
    <message>
        <source>This database file is not encrypted: anyone who copies %1 can read every record. Close Coordinator on every workstation, then encrypt it with &apos;coordinator --db FILE --user NAME db encrypt&apos;.</source>
        <translation>Este archivo de base de datos no está cifrado: cualquier persona que copie %1 puede leer todos los expedientes. Cierre Coordinator en todos los equipos y luego cífrelo con &apos;coordinator --db FILE --user NAME db encrypt&apos;.</translation>
    </message>
    <message>
        <source>The records are on the clinic&apos;s database server (%1): encrypt the server&apos;s disk with the server&apos;s own tools.</source>
        <translation>Los expedientes están en el servidor de base de datos de la clínica (%1): cifre el disco del servidor con las herramientas del propio servidor.</translation>
    </message>
    <message>
        <source>The recovery code opens this database on any workstation (the window that asks for it at start, or &apos;coordinator db unlock&apos;). Write it down and keep it away from this workstation; replace it with a passphrase of your own with &apos;coordinator db recovery-passphrase&apos;.</source>
        <translation>El código de recuperación abre esta base de datos en cualquier equipo (en la ventana que lo pide al iniciar, o con &apos;coordinator db unlock&apos;). Anótelo y guárdelo lejos de este equipo; puede reemplazarlo por una frase propia con &apos;coordinator db recovery-passphrase&apos;.</translation>
    </message>
    <message>
        <source>An administrator chose this database&apos;s recovery passphrase; this workstation does not keep it. Change it with &apos;coordinator db recovery-passphrase&apos;.</source>
        <translation>Un administrador eligió la frase de recuperación de esta base de datos; este equipo no la guarda. Cámbiela con &apos;coordinator db recovery-passphrase&apos;.</translation>
    </message>
</context>
<context>
    <name>QuickGuide</name>
    <message>
        <source>Find a client</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Clients (Ctrl+2): type part of a name or record number; Enter opens the record.</source>
        <translation>Clientes (Ctrl+2): escriba parte de un nombre o número de expediente; Enter abre el expediente.</translation>
    </message>
    <message>
        <source>Step up or step down</source>
        <translation>Pasar a un nivel mayor o menor</translation>
    </message>
    <message>
        <source>In the record, Transitions: plan the move, then complete it when the client moves; the step-down clock starts at the discharge.</source>
        <translation>En el expediente, Transiciones: planifique el cambio y luego complételo cuando el cliente se cambie; el plazo de paso a un nivel menor empieza con el alta.</translation>
    </message>
    <message>
        <source>Admit or discharge</source>
        <translation>Ingresar o dar de alta</translation>
    </message>
    <message>
        <source>In the record, Levels of care: add an episode, or discharge from the current one.</source>
        <translation>En el expediente, Niveles de atención: agregue un episodio o dé de alta del episodio actual.</translation>
    </message>
    <message>
        <source>Take the roll call</source>
        <translation>Tomar la lista de asistencia</translation>
    </message>
    <message>
        <source>Roll call: choose the track and day, press P, L, T, E or U for each client (M types the minutes of a late arrival or early leaver), then Ctrl+S.</source>
        <translation>Lista de asistencia: elija el grupo y el día, pulse P (presente), L (tarde), T (telesalud), E (justificada) o U (injustificada) para cada cliente (M anota los minutos de una llegada tarde o salida temprana) y luego Ctrl+S.</translation>
    </message>
    <message>
        <source>Refer and close the loop</source>
        <translation>Referir y cerrar el ciclo</translation>
    </message>
    <message>
        <source>In the record, Referrals: make the referral, then record its status and, when it closes, what came of it.</source>
        <translation>En el expediente, Referidos: haga el referido, luego registre su estado y, cuando se cierre, el resultado.</translation>
    </message>
    <message>
        <source>Send a packet</source>
        <translation>Enviar un paquete</translation>
    </message>
    <message>
        <source>In the record, Documents: make a transfer or discharge packet; if a consent is missing, Record consent… opens filled in.</source>
        <translation>En el expediente, Documentos: haga un paquete de documentos de traslado o de alta; si falta un consentimiento, Registrar consentimiento… se abre ya completado.</translation>
    </message>
    <message>
        <source>After each save</source>
        <translation>Después de cada guardado</translation>
    </message>
    <message>
        <source>The line at the bottom of the window says what was saved and which clock started.</source>
        <translation>La línea de la parte inferior de la ventana indica qué se guardó y qué plazo empezó.</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Main tasks</source>
        <translation>Tareas principales</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Acute intoxication and/or withdrawal potential</source>
        <translation>Intoxicación aguda y/o potencial de abstinencia</translation>
    </message>
    <message>
        <source>Biomedical conditions and complications</source>
        <translation>Condiciones biomédicas y complicaciones</translation>
    </message>
    <message>
        <source>Emotional, behavioral or cognitive conditions and complications</source>
        <translation>Condiciones emocionales, conductuales o cognitivas y complicaciones</translation>
    </message>
    <message>
        <source>Readiness to change</source>
        <translation>Disposición al cambio</translation>
    </message>
    <message>
        <source>Relapse, continued use or continued problem potential</source>
        <translation>Potencial de recaída, consumo continuado o problemas continuados</translation>
    </message>
    <message>
        <source>Recovery/living environment</source>
        <translation>Entorno de recuperación/vivienda</translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation>Evaluación de preparación</translation>
    </message>
    <message>
        <source>Readiness assessment of %1</source>
        <translation>Evaluación de preparación de %1</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation>&amp;Evaluado el</translation>
    </message>
    <message>
        <source>Recommended level of care</source>
        <translation>Nivel de atención recomendado</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún no elegido</translation>
    </message>
    <message>
        <source>&amp;Recommended level</source>
        <translation>Nivel &amp;recomendado</translation>
    </message>
    <message>
        <source>Previous providers consulted</source>
        <translation>Proveedores anteriores consultados</translation>
    </message>
    <message>
        <source>Care-team members or facility contacts, e.g. Dr. Okafor, Mercy General</source>
        <translation>Miembros del equipo de atención o contactos del centro, p. ej., Dr. Okafor, Mercy General</translation>
    </message>
    <message>
        <source>Co&amp;nsulted</source>
        <translation>&amp;Consultados</translation>
    </message>
    <message>
        <source>Day consulted</source>
        <translation>Día de la consulta</translation>
    </message>
    <message>
        <source>Consulted on</source>
        <translation>Consultado el</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Optional: the clinician&apos;s overall view</source>
        <translation>Opcional: la opinión general del profesional clínico</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Re&amp;sumen</translation>
    </message>
    <message>
        <source>ASAM dimensions: the clinician&apos;s rating of risk</source>
        <translation>Dimensiones ASAM: la calificación del riesgo por el profesional clínico</translation>
    </message>
    <message>
        <source>ASAM dimensions</source>
        <translation>Dimensiones ASAM</translation>
    </message>
    <message>
        <source>Dimension %1 rating</source>
        <translation>Calificación de la dimensión %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Dimension %1 narrative</source>
        <translation>Narrativa de la dimensión %1</translation>
    </message>
    <message>
        <source>In a few words, why</source>
        <translation>En pocas palabras, por qué</translation>
    </message>
</context>
<context>
    <name>ReadinessLine</name>
    <message>
        <source>Looking for a readiness assessment…</source>
        <translation>Buscando una evaluación de preparación…</translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation>Evaluación de preparación</translation>
    </message>
    <message>
        <source>Record assessme&amp;nt…</source>
        <translation>Registrar &amp;evaluación…</translation>
    </message>
    <message>
        <source>Record the readiness assessment</source>
        <translation>Registrar la evaluación de preparación</translation>
    </message>
    <message>
        <source>Assessed %1: recommends %2</source>
        <translation>Evaluada el %1: recomienda %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Open assessme&amp;nt…</source>
        <translation>Abrir &amp;evaluación…</translation>
    </message>
    <message>
        <source>Open the readiness assessment</source>
        <translation>Abrir la evaluación de preparación</translation>
    </message>
    <message>
        <source>None recorded during this episode.</source>
        <translation>No se registró ninguna durante este episodio.</translation>
    </message>
    <message>
        <source>None recorded during this episode; the clinic requires one before a step-up or step-down.</source>
        <translation>No se registró ninguna durante este episodio; la clínica exige una antes de pasar a un nivel mayor o menor.</translation>
    </message>
    <message>
        <source>None recorded during this episode; record the clinician&apos;s assessment behind this move.</source>
        <translation>No se registró ninguna durante este episodio; registre la evaluación del profesional clínico que respalda este cambio.</translation>
    </message>
</context>
<context>
    <name>RecordAssessmentDialog</name>
    <message>
        <source>Record assessment — %1</source>
        <translation>Registrar evaluación — %1</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>&amp;Instrument *</source>
        <translation>&amp;Instrumento *</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Fecha de aplicación</translation>
    </message>
    <message>
        <source>&amp;Date given *</source>
        <translation>&amp;Fecha de aplicación *</translation>
    </message>
    <message>
        <source>Client&apos;s language for the items</source>
        <translation>Idioma del cliente para las preguntas</translation>
    </message>
    <message>
        <source>The language the items are read to the client in</source>
        <translation>El idioma en que se le leen las preguntas al cliente</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;language</source>
        <translation>Idioma del c&amp;liente</translation>
    </message>
    <message>
        <source>EPDS total</source>
        <translation>Total de EPDS</translation>
    </message>
    <message>
        <source>Item 10 (thoughts of harming herself) answered above 0</source>
        <translation>Ítem 10 (pensamientos de hacerse daño) respondido con más de 0</translation>
    </message>
    <message>
        <source>EPDS item 10 answered above 0</source>
        <translation>Ítem 10 de EPDS respondido con más de 0</translation>
    </message>
    <message>
        <source>C-SSRS screener risk level</source>
        <translation>Nivel de riesgo del tamizaje C-SSRS</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Total and band</source>
        <translation>Total y rango</translation>
    </message>
    <message>
        <source>&amp;Total (0–30)</source>
        <translation>&amp;Total (0–30)</translation>
    </message>
    <message>
        <source>&amp;Risk level</source>
        <translation>Nivel de &amp;riesgo</translation>
    </message>
    <message>
        <source>Type each answer&apos;s number (0–%1); the next item gets the focus.</source>
        <translation>Escriba el número de cada respuesta (0–%1); el foco pasa al siguiente ítem.</translation>
    </message>
    <message>
        <source>The EPDS wording is copyrighted: enter the total from the scored form, and whether item 10 was answered above 0.</source>
        <translation>La redacción de la EPDS tiene derechos de autor: ingrese el total del formulario calificado y si el ítem 10 se respondió con más de 0.</translation>
    </message>
    <message>
        <source>Enter the risk level the C-SSRS screener gave.</source>
        <translation>Ingrese el nivel de riesgo que dio el tamizaje C-SSRS.</translation>
    </message>
    <message>
        <source>The %1 has no Spanish version here: read its items in English.</source>
        <translation>El %1 no tiene aquí una versión en español: lea las preguntas en inglés.</translation>
    </message>
    <message>
        <source>%1 of %2 answered — total so far %3</source>
        <translation>%1 de %2 respondidos — total hasta ahora: %3</translation>
    </message>
    <message>
        <source>Total %1 of %2 — %3</source>
        <translation>Total: %1 de %2 — %3</translation>
    </message>
    <message>
        <source>clusters %1</source>
        <translation>grupos de síntomas %1</translation>
    </message>
    <message>
        <source>%1: a safety alert will be raised on saving.</source>
        <translation>%1: se generará una alerta de seguridad al guardar.</translation>
    </message>
    <message>
        <source>: score %1</source>
        <translation>: puntuación %1</translation>
    </message>
    <message>
        <source>%1 of %2 recorded%3.</source>
        <translation>%1 del %2 registrado%3.</translation>
    </message>
    <message>
        <source>Already recorded that day</source>
        <translation>Ya se registró ese día</translation>
    </message>
    <message>
        <source>Record this one as well?</source>
        <translation>¿Registrar esta también?</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>Registrar de todos modos</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <extracomment>A new consent&apos;s expiration date unless the form says another: a year, as clinics&apos; release forms commonly do. Where a written revocation goes unless the form names another: the clinic&apos;s privacy officer (HIPAA has every covered entity name one, 45 CFR 164.530(a)). The client&apos;s birth date and the clinic&apos;s minor-consent age, once read.</extracomment>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Copy the release of information %1 signed. A form that lacks a required element (42 CFR 2.31) is kept, listed as incomplete, and never allows a disclosure.</source>
        <translation>Copie la autorización para divulgar información que firmó %1. Un formulario al que le falte un elemento obligatorio (42 CFR 2.31) se conserva, figura como incompleto y nunca permite una divulgación.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>Tipo de destinatario</translation>
    </message>
    <message>
        <source>Partner facility</source>
        <translation>Centro asociado</translation>
    </message>
    <message>
        <source>Organization in the resource directory</source>
        <translation>Organización del directorio de recursos</translation>
    </message>
    <message>
        <source>Named class of recipients</source>
        <translation>Clase de destinatarios con nombre</translation>
    </message>
    <message>
        <source>&amp;Recipient *</source>
        <translation>&amp;Destinatario *</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation>&amp;Centro</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Class of recipients</source>
        <translation>Clase de destinatarios</translation>
    </message>
    <message>
        <source>e.g. My treating providers</source>
        <translation>p. ej., Mis proveedores de tratamiento</translation>
    </message>
    <message>
        <source>C&amp;lass of recipients</source>
        <translation>C&amp;lase de destinatarios</translation>
    </message>
    <message>
        <source>Who may disclose</source>
        <translation>Quién puede divulgar</translation>
    </message>
    <message>
        <source>This clinic (leave blank)</source>
        <translation>Esta clínica (dejar en blanco)</translation>
    </message>
    <message>
        <source>Who may disclos&amp;e</source>
        <translation>&amp;Quién puede divulgar</translation>
    </message>
    <message>
        <source>Purpose of the disclosure</source>
        <translation>Propósito de la divulgación</translation>
    </message>
    <message>
        <source>&amp;Purpose *</source>
        <translation>&amp;Propósito *</translation>
    </message>
    <message>
        <source>Information that may be disclosed</source>
        <translation>Información que se puede divulgar</translation>
    </message>
    <message>
        <source>&amp;Information *</source>
        <translation>&amp;Información *</translation>
    </message>
    <message>
        <source>Includes substance-use treatment information (42 CFR Part &amp;2)</source>
        <translation>Incluye información sobre tratamiento por consumo de sustancias (42 CFR Part &amp;2)</translation>
    </message>
    <message>
        <source>Includes substance-use treatment information</source>
        <translation>Incluye información sobre tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>A single consent for tre&amp;atment, payment and health care operations</source>
        <translation>Un solo consentimiento para &amp;tratamiento, pago y operaciones de atención médica</translation>
    </message>
    <message>
        <source>Single consent for treatment, payment and health care operations</source>
        <translation>Un solo consentimiento para tratamiento, pago y operaciones de atención médica</translation>
    </message>
    <message>
        <source>The patient&apos;s record, or information in it, may be redisclosed as the HIPAA regulations (45 CFR parts 160 and 164) permit, except for uses and disclosures for civil, criminal, administrative or legislative proceedings against the patient.</source>
        <translation>El expediente del paciente, o la información que contiene, puede volver a divulgarse según lo permitan las normas de HIPAA (45 CFR partes 160 y 164), excepto para usos y divulgaciones en procedimientos civiles, penales, administrativos o legislativos contra el paciente.</translation>
    </message>
    <message>
        <source>The signed form incl&amp;udes this statement</source>
        <translation>El formulario firmado incl&amp;uye esta declaración</translation>
    </message>
    <message>
        <source>The signed form includes the redisclosure statement</source>
        <translation>El formulario firmado incluye la declaración sobre nueva divulgación</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Date si&amp;gned *</source>
        <translation>&amp;Fecha de firma *</translation>
    </message>
    <message>
        <source>Signed by</source>
        <extracomment>Who signs a minor&apos;s consent under the clinic&apos;s setting (42 CFR 2.14).</extracomment>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>An authorized representative</source>
        <translation>Un representante autorizado</translation>
    </message>
    <message>
        <source>Signed &amp;by *</source>
        <translation>Fir&amp;mado por *</translation>
    </message>
    <message>
        <source>Name of the person who signed</source>
        <translation>Nombre de la persona que firmó</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name *</source>
        <translation>Nom&amp;bre del firmante *</translation>
    </message>
    <message>
        <source>Representative&apos;s relationship to the client</source>
        <translation>Relación del representante con el cliente</translation>
    </message>
    <message>
        <source>e.g. Mother, legal guardian</source>
        <translation>p. ej., Madre, tutor legal</translation>
    </message>
    <message>
        <source>Relations&amp;hip *</source>
        <translation>&amp;Relación *</translation>
    </message>
    <message>
        <source>Name of the parent or guardian who signed with the client</source>
        <translation>Nombre del padre, madre o tutor legal que firmó con el cliente</translation>
    </message>
    <message>
        <source>Co-signer&apos;s na&amp;me *</source>
        <translation>&amp;Nombre del cofirmante *</translation>
    </message>
    <message>
        <source>Co-signer&apos;s relationship to the client</source>
        <translation>Relación del cofirmante con el cliente</translation>
    </message>
    <message>
        <source>&amp;Co-signer&apos;s relationship *</source>
        <translation>Rel&amp;ación del cofirmante *</translation>
    </message>
    <message>
        <source>Expires on a &amp;date</source>
        <translation>&amp;Vence en una fecha</translation>
    </message>
    <message>
        <source>The consent expires on a date</source>
        <translation>El consentimiento vence en una fecha</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Expiration da&amp;te</source>
        <translation>Fec&amp;ha de vencimiento</translation>
    </message>
    <message>
        <source>Expiration event</source>
        <translation>Evento de vencimiento</translation>
    </message>
    <message>
        <source>e.g. When I am discharged from the program</source>
        <translation>p. ej., Cuando me den de alta del programa</translation>
    </message>
    <message>
        <source>Expiration e&amp;vent</source>
        <translation>&amp;Evento de vencimiento</translation>
    </message>
    <message>
        <source>The form states the client&apos;s right to revo&amp;ke</source>
        <translation>El formulario e&amp;xpresa el derecho del cliente a revocar</translation>
    </message>
    <message>
        <source>The form states the right to revoke</source>
        <translation>El formulario expresa el derecho a revocar</translation>
    </message>
    <message>
        <source>How the client may revoke</source>
        <translation>Cómo puede revocar el cliente</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>In writing or orally</source>
        <translation>Por escrito o verbalmente</translation>
    </message>
    <message>
        <source>Not stated on the form</source>
        <translation>No se indica en el formulario</translation>
    </message>
    <message>
        <source>How the client ma&amp;y revoke *</source>
        <translation>Cómo &amp;se puede revocar *</translation>
    </message>
    <message>
        <source>To whom or where a written revocation goes</source>
        <translation>A quién o a dónde se envía una revocación por escrito</translation>
    </message>
    <message>
        <source>e.g. Privacy Officer, clinic name and address</source>
        <translation>p. ej., Oficial de Privacidad, nombre y dirección de la clínica</translation>
    </message>
    <message>
        <source>&amp;Where a written revocation goes *</source>
        <translation>Dónde ent&amp;regar la revocación escrita *</translation>
    </message>
    <message>
        <source>%1 is %2 on the date signed, and the clinic&apos;s state lets no minor consent to substance-use treatment alone (42 CFR 2.14), so %1 and a parent or guardian both sign a consent that includes such information.</source>
        <translation>%1 tiene %2 años en la fecha de firma, y el estado de la clínica no permite que ningún menor dé su consentimiento por sí solo para el tratamiento por consumo de sustancias (42 CFR 2.14), por lo que %1 y su padre, madre o tutor legal deben firmar ambos un consentimiento que incluya esa información.</translation>
    </message>
    <message>
        <source>%1 is %2 on the date signed, and the clinic&apos;s state lets a minor of %3 or older consent to substance-use treatment alone (42 CFR 2.14), so only %1 may sign a consent that includes such information.</source>
        <translation>%1 tiene %2 años en la fecha de firma, y el estado de la clínica permite que un menor de %3 años o más dé su consentimiento por sí solo para el tratamiento por consumo de sustancias (42 CFR 2.14), por lo que solo %1 puede firmar un consentimiento que incluya esa información.</translation>
    </message>
    <message>
        <source>%1 is %2 on the date signed, younger than the %3 at which the clinic&apos;s state lets a minor consent to substance-use treatment alone (42 CFR 2.14), so %1 and a parent or guardian both sign a consent that includes such information.</source>
        <translation>%1 tiene %2 años en la fecha de firma, menos de los %3 años a partir de los cuales el estado de la clínica permite que un menor dé su consentimiento por sí solo para el tratamiento por consumo de sustancias (42 CFR 2.14), por lo que %1 y su padre, madre o tutor legal deben firmar ambos un consentimiento que incluya esa información.</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, hasta el %1</translation>
    </message>
    <message>
        <source>Consent recorded: release to %1%2.</source>
        <translation>Consentimiento registrado: divulgación a %1%2.</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>Reading the record…</source>
        <translation>Leyendo el expediente…</translation>
    </message>
    <message>
        <source>Current level of care</source>
        <extracomment>Allergies, or that there are none known, or that nobody asked yet: what every clinician looks for first.</extracomment>
        <translation>Nivel de atención actual</translation>
    </message>
    <message>
        <source>Open transition clock</source>
        <extracomment>The clock beside open clocks: a shipped drawing, not an emoji a font may lack.</extracomment>
        <translation>Plazo de transición en curso</translation>
    </message>
    <message>
        <source>Ed&amp;it client…</source>
        <translation>Ed&amp;itar cliente…</translation>
    </message>
    <message>
        <source>Edit the client&apos;s details</source>
        <translation>Editar los datos del cliente</translation>
    </message>
    <message>
        <source>Edit name, contacts, insurance and safety note (Ctrl+E)</source>
        <translation>Editar nombre, contactos, seguro y nota de seguridad (Ctrl+E)</translation>
    </message>
    <message>
        <source>prefers “%1”</source>
        <extracomment>The header&apos;s lines, top to bottom (the record window adds the safety alert line).</extracomment>
        <translation>prefiere “%1”</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Edad: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Expediente %1</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>Allergies not asked yet</source>
        <translation>Aún no se preguntó por alergias</translation>
    </message>
    <message>
        <source>No current level of care</source>
        <translation>Sin nivel de atención actual</translation>
    </message>
    <message>
        <source>%1 — discharged %2, next level not started</source>
        <translation>%1 — dado de alta el %2, siguiente nivel sin iniciar</translation>
    </message>
    <message>
        <source>⚠ Missed: %1 (due %2, %3)</source>
        <translation>⚠ Incumplido: %1 (vencía el %2, %3)</translation>
    </message>
    <message>
        <source>Open: %1 — due %2, %3 left</source>
        <translation>En curso: %1 — vence el %2, quedan %3</translation>
    </message>
    <message>
        <source>language not recorded</source>
        <translation>idioma no registrado</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>necesita intérprete</translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <source>Condition: %1</source>
        <translation>Condición: %1</translation>
    </message>
    <message>
        <source>Mental status: %1</source>
        <translation>Estado mental: %1</translation>
    </message>
    <message>
        <source>Treatment: %1</source>
        <translation>Tratamiento: %1</translation>
    </message>
    <message>
        <source>Substances: %1</source>
        <translation>Sustancias: %1</translation>
    </message>
    <message>
        <source>Last use: %1</source>
        <translation>Último consumo: %1</translation>
    </message>
    <message>
        <source>Legal status: %1</source>
        <translation>Situación legal: %1</translation>
    </message>
    <message>
        <source>Housing: %1</source>
        <translation>Vivienda: %1</translation>
    </message>
    <message>
        <source>Next: %1 from %2</source>
        <translation>Siguiente: %1 a partir del %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Discharged from %1 on %2</source>
        <translation>Dado de alta de %1 el %2</translation>
    </message>
    <message>
        <source>: no discharge details recorded.</source>
        <translation>: no se registraron detalles del alta.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Horas/semana</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Days since previous</source>
        <translation>Días desde el anterior</translation>
    </message>
    <message>
        <source>At discharge:</source>
        <translation>Al alta:</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Gap (days)</source>
        <translation>Intervalo (días)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Decided by, at</source>
        <translation>Decidido por y cuándo</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Client record</source>
        <translation>Expediente del cliente</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <extracomment>Open safety alerts, under the clock alerts on the header.</extracomment>
        <translation>Partes del expediente</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <extracomment>The overview&apos;s value labels by detail name.</extracomment>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>&amp;Levels of care</source>
        <translation>Ni&amp;veles</translation>
    </message>
    <message>
        <source>&amp;Transitions</source>
        <translation>&amp;Transiciones</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blemas</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de atención</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Care tea&amp;m</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>Re&amp;feridos</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>%1 — client record</source>
        <extracomment>What the last save in this window did (&quot;Discharged from … Step-down clock …&quot;). The list tabs that read for themselves, by the change topics they show.</extracomment>
        <translation>%1 — expediente del cliente</translation>
    </message>
    <message>
        <source>No episode of care yet. Use Add episode to record where the client is treated.</source>
        <translation>Todavía no hay ningún episodio de atención. Use Agregar episodio para registrar dónde recibe tratamiento el cliente.</translation>
    </message>
    <message>
        <source>Cancel transition</source>
        <translation>Cancelar transición</translation>
    </message>
    <message>
        <source>Cancel the planned move to %1 on %2? It stays in the record as cancelled.</source>
        <translation>¿Cancelar el cambio previsto para el %2 (destino: %1)? Se conserva en el expediente como cancelado.</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>Cancel the transition</source>
        <translation>Cancelar la transición</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horas semanales</translation>
    </message>
</context>
<context>
    <name>ReferralDetailDialog</name>
    <message>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referido a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Fecha límite de seguimiento</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note to receiver</source>
        <translation>Nota para el receptor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Referral history</source>
        <translation>Historial del referido</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Cambiar e&amp;stado…</translation>
    </message>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation>Cambiar el estado del referido</translation>
    </message>
    <message>
        <source>Save &amp;letter…</source>
        <translation>Guardar &amp;carta…</translation>
    </message>
    <message>
        <source>Save the referral letter as a PDF</source>
        <translation>Guardar la carta de referido como PDF</translation>
    </message>
    <message>
        <source>A one-page letter for the receiving program; saving it is logged as a disclosure</source>
        <translation>Una carta de una página para el programa que recibe; al guardarla, se registra como divulgación</translation>
    </message>
    <message>
        <source>Client l&amp;etter…</source>
        <translation>Carta al cli&amp;ente…</translation>
    </message>
    <message>
        <source>Save the referral letter for the client as a PDF</source>
        <translation>Guardar como PDF la carta de referido para el cliente</translation>
    </message>
    <message>
        <source>A letter to the client, in the client&apos;s language: where they are referred, why and what to do next; saving it is logged</source>
        <translation>Una carta para el cliente, en su idioma: adónde se le refiere, por qué y qué debe hacer después; al guardarla, queda registrado</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Carta de referido</translation>
    </message>
    <message>
        <source>Referral of %1 to %2</source>
        <translation>Referido de %1 a %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Save the client&apos;s referral letter</source>
        <translation>Guardar la carta de referido del cliente</translation>
    </message>
    <message>
        <source>Save referral letter</source>
        <translation>Guardar carta de referido</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved: %1; it is logged as a disclosure.</source>
        <translation>Carta guardada: %1; se registró como divulgación.</translation>
    </message>
    <message>
        <source>The letter was not saved. %1</source>
        <translation>No se guardó la carta. %1</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomesReport</name>
    <message>
        <source>Closed without help</source>
        <translation>Cerrados sin ayuda</translation>
    </message>
    <message>
        <source>Open past the follow-up date</source>
        <translation>Abiertos tras la fecha de seguimiento</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referido a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Still open on %1</source>
        <translation>Todavía abiertos el %1</translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation>Referidos enviados</translation>
    </message>
    <message>
        <source>Closed loop (completed)</source>
        <translation>Circuito cerrado (completados)</translation>
    </message>
    <message>
        <source>%1 cancelled left out</source>
        <translation>%1 cancelados excluidos</translation>
    </message>
    <message>
        <source>Median days from sending to completion</source>
        <translation>Mediana de días desde el envío hasta la finalización</translation>
    </message>
    <message>
        <source>over %1 completed</source>
        <translation>sobre %1 completados</translation>
    </message>
    <message>
        <source>Got help (of those closed)</source>
        <translation>Recibió ayuda (de los cerrados)</translation>
    </message>
    <message>
        <source>By resource category</source>
        <translation>Por categoría de recurso</translation>
    </message>
    <message>
        <source>By organization</source>
        <translation>Por organización</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Referrals sent in the period</source>
        <translation>Referidos enviados en el período</translation>
    </message>
    <message>
        <source>Completed (loop closed)</source>
        <translation>Completados (circuito cerrado)</translation>
    </message>
    <message>
        <source>Closed: got help</source>
        <translation>Cerrados: recibió ayuda</translation>
    </message>
    <message>
        <source>Referrals sent in the period (the day a referral first moved to requested; drafts never sent are not counted). Closed loop: the share completed, with its outcome recorded, by %1; cancelled referrals are left out of both sides (withdrawn, so the receiver owed no answer), rejected and failed ones count as not completed. Median days: from the day sent to the day completed. Got help: of the referrals closed by then (completed, rejected, failed or cancelled), the share whose outcome is &apos;got help&apos;. Open past the follow-up date: still open on %1 with the follow-up date before it. Case manager and payer: the client&apos;s as recorded now. Level, program and track: the client had an episode of that level, program or track (started, not entered in error) taking place on the day the referral was sent, the discharge day included.</source>
        <translation>Referidos enviados en el período (el día en que un referido pasó por primera vez a solicitado; los borradores nunca enviados no se cuentan). Circuito cerrado: la proporción completada, con su resultado registrado, para el %1; los referidos cancelados se excluyen de ambos lados (retirados, así que el receptor no debía respuesta), y los rechazados y fallidos cuentan como no completados. Mediana de días: desde el día de envío hasta el día de finalización. Recibió ayuda: de los referidos cerrados para entonces (completados, rechazados, fallidos o cancelados), la proporción cuyo resultado es &apos;recibió ayuda&apos;. Abiertos tras la fecha de seguimiento: todavía abiertos el %1 con la fecha de seguimiento anterior a ese día. Administrador de casos y aseguradora: los del cliente según constan ahora. Nivel, programa y grupo: el cliente tenía un episodio de ese nivel, programa o grupo (iniciado, no registrado por error) en curso el día en que se envió el referido, incluido el día del alta.</translation>
    </message>
    <message>
        <source>The period starts after %1: no referral of it has been sent yet.</source>
        <translation>El período empieza después del %1: todavía no se ha enviado ningún referido de él.</translation>
    </message>
    <message>
        <source>No referrals matching the filters were sent between %1 and %2.</source>
        <translation>No se enviaron referidos que coincidan con los filtros entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>No referrals were sent between %1 and %2.</source>
        <translation>No se enviaron referidos entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Closed loop</source>
        <translation>Circuito cerrado</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de días</translation>
    </message>
    <message>
        <source>Got help</source>
        <translation>Recibió ayuda</translation>
    </message>
    <message>
        <source>Got help %</source>
        <translation>% recibió ayuda</translation>
    </message>
    <message>
        <source>Open then</source>
        <translation>Abierto entonces</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>Sin resultado registrado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Follow-up was due %1: 1 day overdue.</source>
        <translation>El seguimiento vencía el %1: vencido hace 1 día.</translation>
    </message>
    <message>
        <source>Follow-up was due %1: %2 days overdue.</source>
        <translation>El seguimiento vencía el %1: vencido hace %2 días.</translation>
    </message>
    <message>
        <source>Closed after the report&apos;s day.</source>
        <translation>Cerrado después del día del informe.</translation>
    </message>
    <message>
        <source>Awaiting the receiver.</source>
        <translation>En espera del receptor.</translation>
    </message>
</context>
<context>
    <name>ReferralStatusWord</name>
    <message>
        <source>draft</source>
        <extracomment>A status as a sentence says it (&quot;The referral is already requested.&quot;).</extracomment>
        <translation>borrador</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Got help</source>
        <translation>Recibió ayuda</translation>
    </message>
    <message>
        <source>Could not contact</source>
        <translation>No se pudo contactar</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <source>No capacity</source>
        <translation>Sin cupo</translation>
    </message>
    <message>
        <source>No longer interested</source>
        <translation>Ya no le interesa</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Referido a otro lugar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Employment / vocational</source>
        <translation>Empleo / vocacional</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <source>Benefits / financial</source>
        <translation>Beneficios / finanzas</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Family support</source>
        <translation>Apoyo familiar</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Apoyo entre pares</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Lo antes posible</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>De inmediato</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referido a</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Adm. de casos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Ne&amp;w referral…</source>
        <translation>&amp;Nuevo referido…</translation>
    </message>
    <message>
        <source>Refer the client</source>
        <translation>Referir al cliente</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the referral</source>
        <translation>Editar el referido</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Cambiar e&amp;stado…</translation>
    </message>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation>Cambiar el estado del referido</translation>
    </message>
    <message>
        <source>O&amp;pen referral…</source>
        <translation>&amp;Abrir referido…</translation>
    </message>
    <message>
        <source>Open the referral and its history</source>
        <translation>Abrir el referido y su historial</translation>
    </message>
    <message>
        <source>No referral yet. Use New referral to connect the client with housing, food, work, a partner program or other help, and follow it until the loop is closed.</source>
        <translation>Aún no hay referidos. Use Nuevo referido para conectar al cliente con vivienda, alimentos, empleo, un programa asociado u otro tipo de ayuda, y dele seguimiento hasta cerrar el ciclo.</translation>
    </message>
    <message>
        <source>The client was discharged with an open referral. Record what came of it now?</source>
        <translation>El cliente fue dado de alta con un referido abierto. ¿Desea registrar ahora su resultado?</translation>
    </message>
    <message>
        <source>The client was discharged with %1 open referrals. Record what came of each now?</source>
        <translation>El cliente fue dado de alta con %1 referidos abiertos. ¿Desea registrar ahora el resultado de cada uno?</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Referidos abiertos</translation>
    </message>
    <message>
        <source>Record outcomes</source>
        <translation>Registrar resultados</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Search by client name (any words, any order) or record number</source>
        <translation>Buscar por nombre del cliente (cualquier palabra, en cualquier orden) o número de expediente</translation>
    </message>
    <message>
        <source>Search referrals by client</source>
        <translation>Buscar referidos por cliente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Read the referrals again</source>
        <translation>Volver a leer los referidos</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation>Administrador de ca&amp;sos:</translation>
    </message>
    <message>
        <source>Whose clients&apos; referrals to show</source>
        <translation>De qué clientes mostrar los referidos</translation>
    </message>
    <message>
        <source>Whole clinic</source>
        <translation>Toda la clínica</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mis casos asignados</translation>
    </message>
    <message>
        <source>My caseload: referrals of the clients whose primary case manager you are</source>
        <translation>Mis casos asignados: referidos de los clientes de quienes usted es el administrador de casos principal</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Open, drafts included</source>
        <translation>Abiertos, incluidos los borradores</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Case manager filter</source>
        <translation>Filtro de administrador de casos</translation>
    </message>
    <message>
        <source>Any case manager</source>
        <translation>Cualquier administrador de casos</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidos</translation>
    </message>
    <message>
        <source>Only referrals past their follow-up date</source>
        <translation>Solo los referidos que pasaron su fecha de seguimiento</translation>
    </message>
    <message>
        <source>O&amp;pen referral…</source>
        <translation>Abrir &amp;referido…</translation>
    </message>
    <message>
        <source>Open the referral and its history</source>
        <translation>Abrir el referido y su historial</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Cambiar es&amp;tado…</translation>
    </message>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation>Cambiar el estado del referido</translation>
    </message>
    <message>
        <source>Open &amp;client</source>
        <translation>Abrir c&amp;liente</translation>
    </message>
    <message>
        <source>Open the client&apos;s record</source>
        <translation>Abrir el expediente del cliente</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation>%1 referidos</translation>
    </message>
    <message>
        <source>The client search has no letters or digits to look for; type part of a client&apos;s name or record number.</source>
        <translation>La búsqueda de clientes no tiene letras ni dígitos que buscar; escriba parte del nombre o del número de expediente de un cliente.</translation>
    </message>
    <message>
        <source>No referral matches among your caseload&apos;s clients. Choose Whole clinic under Show to look at everyone&apos;s.</source>
        <translation>Ningún referido coincide entre los clientes de sus casos asignados. Elija Toda la clínica en Mostrar para ver los de todos.</translation>
    </message>
    <message>
        <source>No referral matches this client search.</source>
        <translation>Ningún referido coincide con esta búsqueda de clientes.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Chart: %1</source>
        <extracomment>At most this many labels on the x axis of a chart (a year of days would otherwise print over itself); fewer when the chart is too narrow for them (``ReportChart.resizeEvent``). Pixels around each x label: QtCharts gives every label of a category axis an equal share of the plot&apos;s width (one share more than labels) and cuts a label wider than its share. What the y axis, its title and the margins take of the chart&apos;s width, roughly.</extracomment>
        <translation>Gráfico: %1</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
</context>
<context>
    <name>ReportReasons</name>
    <message>
        <source>Readmitted to 24-hour care on %1, within %2 days of the discharge: HEDIS leaves the discharge out of the rate (readmission or direct transfer).</source>
        <translation>Reingresó a atención de 24 horas el %1, dentro de los %2 días posteriores al alta: HEDIS excluye el alta de la tasa (reingreso o traslado directo).</translation>
    </message>
    <message>
        <source>Admitted to 24-hour care on %1 before the window closed: the discharge is left out of the rate.</source>
        <translation>Ingresó a atención de 24 horas el %1, antes de que cerrara el plazo: el alta queda fuera de la tasa.</translation>
    </message>
    <message>
        <source>Admitted to 24-hour care before the window closed: the discharge is left out of the rate.</source>
        <translation>Ingresó a atención de 24 horas antes de que cerrara el plazo: el alta queda fuera de la tasa.</translation>
    </message>
    <message>
        <source>Open until %1: not counted until it closes.</source>
        <translation>Plazo abierto hasta el %1: no se cuenta hasta que cierre.</translation>
    </message>
</context>
<context>
    <name>ReportSheetPanel</name>
    <message>
        <source>1 day</source>
        <extracomment>Cards in one row at most; more figures wrap into rows of even length. A table shows this many rows before it scrolls (inside the sheet&apos;s own scrolling).</extracomment>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Show the 1 client</source>
        <translation>Mostrar 1 cliente</translation>
    </message>
    <message>
        <source>Show the %1 clients</source>
        <translation>Mostrar los %1 clientes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No clients to list</source>
        <translation>No hay clientes para mostrar</translation>
    </message>
    <message>
        <source>Show the clients behind %1</source>
        <translation>Mostrar los clientes incluidos en %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>%1 to %2, judged on %3. %4.</source>
        <translation>Del %1 al %2, con datos al %3. %4.</translation>
    </message>
    <message>
        <source>Nothing to draw for this period and these filters.</source>
        <translation>No hay nada que graficar para este período y estos filtros.</translation>
    </message>
    <message>
        <source>No rows for this period and these filters.</source>
        <translation>No hay filas para este período y estos filtros.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Step-down within the window</source>
        <translation>Paso a un nivel menor dentro del plazo</translation>
    </message>
    <message>
        <source>Follow-up after hospitalization (FUH, FUI) and IET</source>
        <translation>Seguimiento después de la hospitalización (FUH, FUI) e IET</translation>
    </message>
    <message>
        <source>Retention in IOP and PHP</source>
        <translation>Retención en IOP y PHP</translation>
    </message>
    <message>
        <source>Symptom change (PHQ-9, GAD-7)</source>
        <translation>Cambio en los síntomas (PHQ-9, GAD-7)</translation>
    </message>
    <message>
        <source>Referral outcomes</source>
        <translation>Resultados de los referidos</translation>
    </message>
    <message>
        <source>Census over time</source>
        <translation>Censo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Caseload per case manager</source>
        <translation>Casos asignados por administrador de casos</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programa: %1</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <source>Level: %1 (%2)</source>
        <translation>Nivel: %1 (%2)</translation>
    </message>
    <message>
        <source>Case manager: %1</source>
        <translation>Administrador de casos: %1</translation>
    </message>
    <message>
        <source>Payer: %1</source>
        <translation>Aseguradora: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>%1 (archived)</source>
        <extracomment>Changes after which the filters&apos; choices are read again.</extracomment>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation>Guardar C&amp;SV…</translation>
    </message>
    <message>
        <source>Save the report shown as a CSV file</source>
        <translation>Guardar el informe mostrado como archivo CSV</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the report shown as a PDF</source>
        <translation>Guardar el informe mostrado como PDF</translation>
    </message>
    <message>
        <source>Choose a report, a period and who to include, then Run (Enter or Ctrl+R).</source>
        <translation>Elija un informe, un período y a quién incluir, y luego pulse Ejecutar (Enter o Ctrl+R).</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation>Filtro de programa</translation>
    </message>
    <message>
        <source>Any program</source>
        <translation>Cualquier programa</translation>
    </message>
    <message>
        <source>Track filter</source>
        <translation>Filtro de grupo</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Cualquier grupo</translation>
    </message>
    <message>
        <source>Level of care filter</source>
        <translation>Filtro de nivel de atención</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Case manager filter</source>
        <translation>Filtro de administrador de casos</translation>
    </message>
    <message>
        <source>Any case manager</source>
        <translation>Cualquier administrador de casos</translation>
    </message>
    <message>
        <source>Payer filter</source>
        <translation>Filtro de aseguradora</translation>
    </message>
    <message>
        <source>Any payer</source>
        <translation>Cualquier aseguradora</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>Ejec&amp;utar</translation>
    </message>
    <message>
        <source>Run the report</source>
        <translation>Ejecutar el informe</translation>
    </message>
    <message>
        <source>Read the report for this period and these filters (Enter, Ctrl+R)</source>
        <translation>Leer el informe para este período y estos filtros (Enter, Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>In&amp;forme:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Desd&amp;e</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Progr&amp;am:</source>
        <translation>P&amp;rograma:</translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Case manager:</source>
        <translation>Administrador de &amp;casos:</translation>
    </message>
    <message>
        <source>Pa&amp;yer:</source>
        <translation>Asegurad&amp;ora:</translation>
    </message>
    <message>
        <source>A long period</source>
        <translation>Un período largo</translation>
    </message>
    <message>
        <source>The period from %1 to %2 is over five years long; reading it may take a while. Run the report anyway?</source>
        <translation>El período del %1 al %2 dura más de cinco años; leerlo puede tardar un rato. ¿Ejecutar el informe de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Run it</source>
        <translation>&amp;Ejecutarlo</translation>
    </message>
    <message>
        <source>&amp;Change the period</source>
        <translation>&amp;Cambiar el período</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Save CSV… or Save PDF… saves this report as shown.</source>
        <translation>Guardar CSV… o Guardar PDF… guarda este informe tal como se muestra.</translation>
    </message>
    <message>
        <source>%1 is not available in this version yet.</source>
        <translation>%1 todavía no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe como CSV</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 (%2). It also unlocks the account.</source>
        <translation>Elija una contraseña temporal para %1 (%2). También desbloquea la cuenta.</translation>
    </message>
    <message>
        <source>New temporary password</source>
        <translation>Nueva contraseña temporal</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
</context>
<context>
    <name>ResourceDirectory</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.er</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4.º</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5.º</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Each kind of phone line&apos;s word, marked for lupdate; translated where it is shown.</extracomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Localizador</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>ext. %1</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>De %1 a %2 años</translation>
    </message>
    <message>
        <source>Ages %1 and over</source>
        <translation>%1 años o más</translation>
    </message>
    <message>
        <source>Up to age %1</source>
        <translation>Hasta %1 años</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Cerrado temporalmente</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Not listed; call first.</source>
        <translation>No indicado; llame antes.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone and contact</source>
        <translation>Teléfono y contacto</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Quién puede usarlo</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Costos</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cómo solicitarlo</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
</context>
<context>
    <name>ResourcesView</name>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Search by words in the name, description, eligibility or category</source>
        <translation>Buscar por palabras del nombre, la descripción, los requisitos o la categoría</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Buscar recursos</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Edad:</translation>
    </message>
    <message>
        <source>&amp;Import HSDS…</source>
        <translation>Im&amp;portar HSDS…</translation>
    </message>
    <message>
        <source>Import an HSDS directory</source>
        <translation>Importar un directorio HSDS</translation>
    </message>
    <message>
        <source>Load an Open Referral (HSDS 3.0) directory: a data package folder or a JSON file</source>
        <translation>Cargar un directorio de Open Referral (HSDS 3.0): una carpeta de paquete de datos o un archivo JSON</translation>
    </message>
    <message>
        <source>Data package &amp;folder…</source>
        <translation>&amp;Carpeta de paquete de datos…</translation>
    </message>
    <message>
        <source>&amp;JSON file…</source>
        <translation>Archivo &amp;JSON…</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>Abierto a&amp;hora</translation>
    </message>
    <message>
        <source>Only services open now</source>
        <translation>Solo servicios abiertos ahora</translation>
    </message>
    <message>
        <source>Only services whose listed hours include this moment; services without hours are left out</source>
        <translation>Solo los servicios cuyo horario indicado incluye este momento; se excluyen los servicios sin horario</translation>
    </message>
    <message>
        <source>Client&apos;s age</source>
        <translation>Edad del cliente</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Cualquier edad</translation>
    </message>
    <message>
        <source>Only services that serve a client of this age</source>
        <translation>Solo servicios que atienden a un cliente de esta edad</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Servicios encontrados</translation>
    </message>
    <message>
        <source>Service detail</source>
        <translation>Detalle del servicio</translation>
    </message>
    <message>
        <source>&amp;Refer a client…</source>
        <translation>&amp;Referir a un cliente…</translation>
    </message>
    <message>
        <source>Refer a client to this service</source>
        <translation>Referir a un cliente a este servicio</translation>
    </message>
    <message>
        <source>Choose a client and open a referral to the service shown (Alt+R)</source>
        <translation>Elija un cliente y abra un referido al servicio mostrado (Alt+R)</translation>
    </message>
    <message>
        <source>Referral saved</source>
        <translation>Referido guardado</translation>
    </message>
    <message>
        <source>No service matches this search.</source>
        <translation>Ningún servicio coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 services; add words or filters to narrow the list.</source>
        <translation>Se muestran los primeros %1 de %2 servicios; agregue palabras o filtros para acotar la lista.</translation>
    </message>
    <message>
        <source>1 service found.</source>
        <translation>Se encontró 1 servicio.</translation>
    </message>
    <message>
        <source>%1 services found.</source>
        <translation>Se encontraron %1 servicios.</translation>
    </message>
    <message>
        <source>Select a service to see its hours, phones, address, languages, who can use it, fees and how to apply.</source>
        <translation>Seleccione un servicio para ver su horario, teléfonos, dirección, idiomas, quién puede usarlo, costos y cómo solicitarlo.</translation>
    </message>
    <message>
        <source>Which client do you want to refer to %1?</source>
        <translation>¿Qué cliente desea referir a %1?</translation>
    </message>
    <message>
        <source>New referral for %1</source>
        <translation>Nuevo referido para %1</translation>
    </message>
    <message>
        <source>Referred %1 to %2.</source>
        <translation>Referido de %1 a %2 guardado.</translation>
    </message>
    <message>
        <source>Follow up by %1.</source>
        <translation>Dar seguimiento a más tardar el %1.</translation>
    </message>
    <message>
        <source>Choose an HSDS data package folder (with datapackage.json)</source>
        <translation>Elija una carpeta de paquete de datos HSDS (con datapackage.json)</translation>
    </message>
    <message>
        <source>Choose an HSDS JSON file</source>
        <translation>Elija un archivo JSON de HSDS</translation>
    </message>
    <message>
        <source>HSDS JSON (*.json);;All files (*)</source>
        <translation>HSDS JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Se importó %1: %2 agregados, %3 actualizados, %4 sin cambios.</translation>
    </message>
</context>
<context>
    <name>RetentionReport</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ingresado</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Admissions in the period</source>
        <translation>Ingresos en el período</translation>
    </message>
    <message>
        <source>Retained at day %1 (Kaplan-Meier)</source>
        <translation>Retención al día %1 (Kaplan-Meier)</translation>
    </message>
    <message>
        <source>%1 followed to day %2; %3 left before</source>
        <translation>%1 observados hasta el día %2; %3 abandonaron antes</translation>
    </message>
    <message>
        <source>Retained at day %1 (of those seen that far)</source>
        <translation>Retención al día %1 (de los observados hasta ese día)</translation>
    </message>
    <message>
        <source>Left before day %1</source>
        <translation>Abandonaron antes del día %1</translation>
    </message>
    <message>
        <source>Completed the program (of those ended)</source>
        <translation>Completó el programa (de los que terminaron)</translation>
    </message>
    <message>
        <source>Still in the program</source>
        <translation>Aún en el programa</translation>
    </message>
    <message>
        <source>Completed the program</source>
        <translation>Completó el programa</translation>
    </message>
    <message>
        <source>Clients admitted to IOP or PHP in the period (an episode at that level starting in the period; none entered in error), judged on %1. Day 0 is the admission day. Engaged on day N: still in the episode on day N (its last day counts), or it ended in completion or a move to another level of care before. Completed: the discharge disposition begins with &quot;Completed&quot; or, in Spanish, &quot;Completó&quot; (e.g. &quot;Completed treatment&quot;, &quot;Completó el tratamiento&quot;), or a lower level of care started within %2 days of the discharge (the step-down window); a higher level started within %2 days counts as still in care, not completed. Any other ending counts as leaving, from the day after the episode&apos;s last day. Retained at day N (Kaplan-Meier): admissions still in the program on the report&apos;s day, or whose window for a next level is still open, are censored rather than counted as lost. Of those seen that far: the plain share among admissions whose day N is on or before the report&apos;s day and decided. Completed: of the admissions that ended (completed, moved or left). Program and track: of the admitting episode; case manager and payer: the client&apos;s now.</source>
        <translation>Clientes que ingresaron a IOP o PHP en el período (un episodio en ese nivel que comenzó en el período; ninguno registrado por error), evaluado al %1. El día 0 es el día del ingreso. Sigue participando el día N: sigue en el episodio el día N (su último día cuenta), o el episodio terminó antes con la finalización o con un cambio a otro nivel de atención. Completó el programa: el destino al alta comienza con &quot;Completed&quot; o, en español, &quot;Completó&quot; (p. ej., &quot;Completed treatment&quot;, &quot;Completó el tratamiento&quot;), o un nivel de atención menor comenzó dentro de los %2 días posteriores al alta (el plazo de paso a un nivel menor); un nivel mayor que comenzó dentro de los %2 días cuenta como que sigue en atención, no como completado. Cualquier otro final cuenta como abandono, a partir del día siguiente al último día del episodio. Retención al día N (Kaplan-Meier): los ingresos que siguen en el programa en la fecha del informe, o cuyo plazo para un siguiente nivel aún está abierto, se censuran en lugar de contarse como perdidos. De los observados hasta ese día: la proporción simple entre los ingresos cuyo día N es igual o anterior a la fecha del informe y ya está resuelto. Completó el programa (de los que terminaron): de los ingresos que terminaron (completados, con cambio de nivel o abandono). Programa y grupo: los del episodio de ingreso; administrador de casos y aseguradora: los actuales del cliente.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>day %1 %2</source>
        <translation>%2 el día %1</translation>
    </message>
    <message>
        <source>Share still engaged by day since admission</source>
        <translation>Proporción que sigue participando por día desde el ingreso</translation>
    </message>
    <message>
        <source>Days since admission</source>
        <translation>Días desde el ingreso</translation>
    </message>
    <message>
        <source>Still engaged</source>
        <translation>Sigue participando</translation>
    </message>
    <message>
        <source>Kaplan-Meier curves from day 0 to day %1. %2.</source>
        <translation>Curvas de Kaplan-Meier del día 0 al día %1. %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>By level of care</source>
        <translation>Por nivel de atención</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Still in</source>
        <translation>Aún activos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Stepped down to %1</source>
        <translation>Pasó a un nivel menor (%1)</translation>
    </message>
    <message>
        <source>Stepped up to %1</source>
        <translation>Pasó a un nivel mayor (%1)</translation>
    </message>
    <message>
        <source>Ended; a next level may still start until %1</source>
        <translation>Finalizó; un siguiente nivel aún puede comenzar hasta el %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>No clients matching the filters were admitted to %1 between %2 and %3.</source>
        <translation>Ningún cliente que cumpla los filtros ingresó a %1 entre el %2 y el %3.</translation>
    </message>
    <message>
        <source>No clients were admitted to %1 between %2 and %3.</source>
        <translation>Ningún cliente ingresó a %1 entre el %2 y el %3.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Record plan review</source>
        <translation>Registrar revisión del plan</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation>&amp;Fecha de revisión:</translation>
    </message>
    <message>
        <source>Progress on %1</source>
        <extracomment>Per objective reviewed: its progress and a note.</extracomment>
        <translation>Progreso en %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>The client took &amp;part in the review</source>
        <translation>El cliente &amp;participó en la revisión</translation>
    </message>
    <message>
        <source>The client took part in the review</source>
        <translation>El cliente participó en la revisión</translation>
    </message>
    <message>
        <source>Participation note</source>
        <translation>Nota de participación</translation>
    </message>
    <message>
        <source>Participation &amp;note:</source>
        <translation>&amp;Nota de participación:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>%1 signature (typed name)</source>
        <translation>%1: firma (nombre escrito)</translation>
    </message>
    <message>
        <source>%1 signs:</source>
        <translation>%1 (firma):</translation>
    </message>
    <message>
        <source>%1 signed on</source>
        <translation>%1: fecha de firma</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Fecha de firma:</translation>
    </message>
</context>
<context>
    <name>RevisePlanDialog</name>
    <message>
        <source>Revise care plan</source>
        <translation>Actualizar el plan de atención</translation>
    </message>
    <message>
        <source>Version %1 becomes version %2 with the same goals, objectives and interventions to change; version %1 and its reviews stay as they are.</source>
        <translation>La versión %1 pasa a ser la versión %2 con las mismas metas, objetivos e intervenciones para modificar; la versión %1 y sus revisiones se conservan tal como están.</translation>
    </message>
    <message>
        <source>New version starts on</source>
        <translation>La nueva versión comienza el</translation>
    </message>
    <message>
        <source>Sta&amp;rts on:</source>
        <translation>&amp;Comienza el:</translation>
    </message>
    <message>
        <source>Why the plan is revised</source>
        <translation>Por qué se actualiza el plan</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>RevokeConsentDialog</name>
    <message>
        <source>Revoke consent</source>
        <translation>Revocar consentimiento</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Revoke the consent</source>
        <translation>Revocar el consentimiento</translation>
    </message>
    <message>
        <source>The consent to disclose to %1, signed %2, will be kept on the record as revoked. No disclosure may rely on it from that day on.</source>
        <translation>El consentimiento para divulgar información a %1 (firma: %2) se conservará en el expediente como revocado. A partir de ese día, ninguna divulgación podrá basarse en él.</translation>
    </message>
    <message>
        <source>on an unrecorded date</source>
        <translation>fecha no registrada</translation>
    </message>
    <message>
        <source>Date revoked</source>
        <translation>Fecha de revocación</translation>
    </message>
    <message>
        <source>Revoked &amp;on *</source>
        <translation>&amp;Fecha de revocación *</translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <source>⚠ %1 unexcused</source>
        <translation>⚠ %1 injustificadas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Núm. de expediente</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>type minutes</source>
        <extracomment>How each client attended, where chosen and not saved yet (a ServiceModality).</extracomment>
        <translation>escriba los minutos</translation>
    </message>
    <message>
        <source>Late: type the minutes attended (M)</source>
        <translation>Tarde: escriba los minutos asistidos (M)</translation>
    </message>
    <message>
        <source>Not saved yet (Ctrl+S saves the roll call)</source>
        <translation>Aún no se guarda (Ctrl+S guarda la lista de asistencia)</translation>
    </message>
    <message>
        <source>%1 unexcused absences in a row: reach out to the client.</source>
        <translation>%1 ausencias injustificadas seguidas: comuníquese con el cliente.</translation>
    </message>
</context>
<context>
    <name>RollCallView</name>
    <message>
        <source>Roll call</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous session</source>
        <translation>Sesión anterior</translation>
    </message>
    <message>
        <source>The track&apos;s previous session day (Alt+Left)</source>
        <translation>Día de sesión anterior del grupo (Alt+Left)</translation>
    </message>
    <message>
        <source>Session day</source>
        <translation>Día de sesión</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Sesión siguiente</translation>
    </message>
    <message>
        <source>The track&apos;s next session day (Alt+Right)</source>
        <translation>Día de sesión siguiente del grupo (Alt+Right)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Mark the chosen client: %1</source>
        <translation>Marcar al cliente elegido: %1</translation>
    </message>
    <message>
        <source>Press %1 in the table</source>
        <translation>Presione %1 en la tabla</translation>
    </message>
    <message>
        <source>How the chosen client attended</source>
        <translation>Cómo asistió el cliente elegido</translation>
    </message>
    <message>
        <source>In person, by video or by phone; saved with the roll call</source>
        <translation>En persona, por video o por teléfono; se guarda con la lista de asistencia</translation>
    </message>
    <message>
        <source>&amp;All present</source>
        <translation>&amp;Todos presentes</translation>
    </message>
    <message>
        <source>Mark every unmarked client present</source>
        <translation>Marcar como presentes a todos los clientes sin registro</translation>
    </message>
    <message>
        <source>&amp;Save roll call</source>
        <translation>&amp;Guardar asistencia</translation>
    </message>
    <message>
        <source>Save roll call</source>
        <translation>Guardar la lista de asistencia</translation>
    </message>
    <message>
        <source>Save every mark of this session (Ctrl+S)</source>
        <translation>Guardar todos los registros de esta sesión (Ctrl+S)</translation>
    </message>
    <message>
        <source>Clients expected at this session</source>
        <translation>Clientes esperados en esta sesión</translation>
    </message>
    <message>
        <source>Roll call summary</source>
        <translation>Resumen de la lista de asistencia</translation>
    </message>
    <message>
        <source>Save the roll call</source>
        <translation>Guardar la lista de asistencia</translation>
    </message>
    <message>
        <source>Type the minutes the chosen client attended</source>
        <translation>Escriba los minutos que asistió el cliente elegido</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>G&amp;rupo:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Unsaved marks</source>
        <translation>Registros sin guardar</translation>
    </message>
    <message>
        <source>1 mark of this session is not saved. Leave it?</source>
        <translation>1 registro de asistencia de esta sesión no está guardado. ¿Desea salir sin guardarlo?</translation>
    </message>
    <message>
        <source>%1 marks of this session are not saved. Leave them?</source>
        <translation>%1 registros de asistencia de esta sesión no están guardados. ¿Desea salir sin guardarlos?</translation>
    </message>
    <message>
        <source>&amp;Leave them</source>
        <translation>&amp;Salir sin guardar</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Quedarse</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>No se guardó:</translation>
    </message>
    <message>
        <source>Type the minutes %1 attended (marked late; press M).</source>
        <translation>Escriba los minutos que asistió %1 (marcado tarde; presione M).</translation>
    </message>
    <message>
        <source>Roll call not saved</source>
        <translation>No se guardó la lista de asistencia</translation>
    </message>
</context>
<context>
    <name>SafetyAlerts</name>
    <message>
        <source>Open safety alerts</source>
        <extracomment>The dashboard reads one alert more than it lists, to know whether more are open.</extracomment>
        <translation>Alertas de seguridad pendientes</translation>
    </message>
    <message>
        <source>Safety alerts</source>
        <translation>Alertas de seguridad</translation>
    </message>
    <message>
        <source>⚠ Safety: %1 — raised %2, not yet addressed</source>
        <translation>⚠ Seguridad: %1 — generada el %2, aún sin atender</translation>
    </message>
    <message>
        <source>Addressed…</source>
        <translation>Atendida…</translation>
    </message>
    <message>
        <source>Record what was done about: %1</source>
        <translation>Registrar lo que se hizo respecto a: %1</translation>
    </message>
    <message>
        <source>no safety plan on record</source>
        <translation>no hay plan de seguridad en el expediente</translation>
    </message>
    <message>
        <source>safety plan version %1 of %2</source>
        <translation>plan de seguridad versión %1 del %2</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Generada</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 del %2: %3</translation>
    </message>
</context>
<context>
    <name>SafetyAlertsPanel</name>
    <message>
        <source>Safety alerts</source>
        <translation>Alertas de seguridad</translation>
    </message>
    <message>
        <source>Open safety alerts</source>
        <translation>Alertas de seguridad abiertas</translation>
    </message>
    <message>
        <source>No open safety alert.</source>
        <translation>No hay alertas de seguridad abiertas.</translation>
    </message>
    <message>
        <source>More than %1 open; the %1 raised longest ago are listed. Press Enter or double-click a row to open the client&apos;s record, then use Addressed… on its header.</source>
        <translation>Más de %1 abiertas; se muestran las %1 más antiguas. Presione Enter o haga doble clic en una fila para abrir el expediente del cliente y luego use Atendida… en su encabezado.</translation>
    </message>
    <message>
        <source>%1 open. Press Enter or double-click a row to open the client&apos;s record, then use Addressed… on its header.</source>
        <translation>%1 abiertas. Presione Enter o haga doble clic en una fila para abrir el expediente del cliente y luego use Atendida… en su encabezado.</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Step 1 · Warning signs</source>
        <translation>Paso 1 · Señales de advertencia</translation>
    </message>
    <message>
        <source>Step 2 · Internal coping strategies</source>
        <translation>Paso 2 · Estrategias internas de afrontamiento</translation>
    </message>
    <message>
        <source>Step 3 · People and social settings that provide distraction</source>
        <translation>Paso 3 · Personas y lugares sociales que sirven de distracción</translation>
    </message>
    <message>
        <source>Step 4 · People whom I can ask for help</source>
        <translation>Paso 4 · Personas a quienes puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Step 5 · Professionals or agencies to contact during a crisis</source>
        <translation>Paso 5 · Profesionales o agencias a quienes contactar durante una crisis</translation>
    </message>
    <message>
        <source>Step 6 · Making the environment safe</source>
        <translation>Paso 6 · Hacer que el entorno sea seguro</translation>
    </message>
    <message>
        <source>Reasons for living</source>
        <translation>Razones para vivir</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>No access to a firearm</source>
        <translation>No tiene acceso a armas de fuego</translation>
    </message>
    <message>
        <source>Has access; firearm locked away or held by someone else</source>
        <translation>Tiene acceso; el arma está guardada bajo llave o la tiene otra persona</translation>
    </message>
    <message>
        <source>Has access to a firearm</source>
        <translation>Tiene acceso a un arma de fuego</translation>
    </message>
    <message>
        <source>Completed %1 with %2, version %3</source>
        <translation>Completado el %1 con %2, versión %3</translation>
    </message>
    <message>
        <source>Completed %1, version %3</source>
        <translation>Completado el %1, versión %3</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>No escrito</translation>
    </message>
    <message>
        <source>Firearms:</source>
        <translation>Armas de fuego:</translation>
    </message>
    <message>
        <source>Safety plan entered in error</source>
        <translation>Plan de seguridad registrado por error</translation>
    </message>
    <message>
        <source>Version %1 of %2 stays in the history, marked entered in error; the version before it, if any, is in force again.</source>
        <translation>La versión %1 del %2 se conserva en el historial, marcada como registrada por error; la versión anterior, si la hay, vuelve a estar vigente.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Marcar como registrado por error</translation>
    </message>
    <message>
        <source>e.g. Written in the wrong client&apos;s record</source>
        <translation>p. ej., Se escribió en el expediente de otro cliente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Registrado por error</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Write safety plan</source>
        <translation>Redactar plan de seguridad</translation>
    </message>
    <message>
        <source>Write the plan with the client, in their own words. Steps 1, 2 and 5 are needed.</source>
        <translation>Redacte el plan con el cliente, en sus propias palabras. Los pasos 1, 2 y 5 son obligatorios.</translation>
    </message>
    <message>
        <source>Review and revise safety plan</source>
        <translation>Revisar y actualizar el plan de seguridad</translation>
    </message>
    <message>
        <source>Version %1 of %2 is shown. Go through each step with the client; Save keeps version %1 in the history and makes this version %3.</source>
        <translation>Se muestra la versión %1 de %2. Repase cada paso con el cliente; Guardar conserva la versión %1 en el historial y convierte esta versión en la %3.</translation>
    </message>
    <message>
        <source>Step &amp;1 · Warning signs *</source>
        <translation>Paso &amp;1 · Señales de advertencia *</translation>
    </message>
    <message>
        <source>Step &amp;2 · Internal coping strategies *</source>
        <translation>Paso &amp;2 · Estrategias internas de afrontamiento *</translation>
    </message>
    <message>
        <source>Step &amp;3 · People and social settings that provide distraction</source>
        <translation>Paso &amp;3 · Personas y lugares sociales que ayudan a distraerse</translation>
    </message>
    <message>
        <source>Step &amp;4 · People whom I can ask for help</source>
        <translation>Paso &amp;4 · Personas a quienes puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Step &amp;5 · Professionals or agencies to contact during a crisis *</source>
        <translation>Paso &amp;5 · Profesionales o agencias a quienes contactar durante una crisis *</translation>
    </message>
    <message>
        <source>Step &amp;6 · Making the environment safe</source>
        <translation>Paso &amp;6 · Cómo hacer que el entorno sea seguro</translation>
    </message>
    <message>
        <source>Reasons for &amp;living</source>
        <translation>&amp;Razones para vivir</translation>
    </message>
    <message>
        <source>Thoughts, images, moods, situations or behaviour that come before a crisis</source>
        <translation>Pensamientos, imágenes, estados de ánimo, situaciones o conductas que preceden a una crisis</translation>
    </message>
    <message>
        <source>Things the client can do alone to take their mind off their problems, one a line</source>
        <translation>Cosas que el cliente puede hacer solo para distraerse de sus problemas, una por línea</translation>
    </message>
    <message>
        <source>Names and phone numbers; places to be with others</source>
        <translation>Nombres y números de teléfono; lugares para estar con otras personas</translation>
    </message>
    <message>
        <source>Names and phone numbers</source>
        <translation>Nombres y números de teléfono</translation>
    </message>
    <message>
        <source>Clinicians, the local crisis line, emergency services</source>
        <translation>Profesionales clínicos, la línea de crisis local, servicios de emergencia</translation>
    </message>
    <message>
        <source>Keeping lethal means away: medications, firearms, other means</source>
        <translation>Mantener alejados los medios letales: medicamentos, armas de fuego, otros medios</translation>
    </message>
    <message>
        <source>What matters most to the client and is worth living for</source>
        <translation>Lo que más le importa al cliente y por lo que vale la pena vivir</translation>
    </message>
    <message>
        <source>Access to firearms</source>
        <translation>Acceso a armas de fuego</translation>
    </message>
    <message>
        <source>&amp;Firearms</source>
        <translation>Armas de &amp;fuego</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>Fecha de realización</translation>
    </message>
    <message>
        <source>&amp;Completed on *</source>
        <translation>&amp;Completado el *</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Completado por</translation>
    </message>
</context>
<context>
    <name>SafetyPlanHistoryDialog</name>
    <message>
        <source>Safety plan history</source>
        <translation>Historial del plan de seguridad</translation>
    </message>
    <message>
        <source>Versions of the safety plan</source>
        <translation>Versiones del plan de seguridad</translation>
    </message>
    <message>
        <source>The chosen version of the safety plan</source>
        <translation>La versión elegida del plan de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No safety plan has been written.</source>
        <translation>No se ha redactado ningún plan de seguridad.</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR — </source>
        <translation>REGISTRADO POR ERROR — </translation>
    </message>
</context>
<context>
    <name>SafetyPlanSection</name>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Safety plan (Stanley-Brown)</source>
        <translation>Plan de seguridad (Stanley-Brown)</translation>
    </message>
    <message>
        <source>Write sa&amp;fety plan…</source>
        <translation>Redactar &amp;plan de seguridad…</translation>
    </message>
    <message>
        <source>Write a safety plan</source>
        <translation>Redactar un plan de seguridad</translation>
    </message>
    <message>
        <source>Re&amp;view and revise…</source>
        <translation>&amp;Revisar y actualizar…</translation>
    </message>
    <message>
        <source>Review and revise the safety plan</source>
        <translation>Revisar y actualizar el plan de seguridad</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Earlier versions of the safety plan</source>
        <translation>Versiones anteriores del plan de seguridad</translation>
    </message>
    <message>
        <source>Mar&amp;k entered in error…</source>
        <translation>&amp;Marcar como registrado por error…</translation>
    </message>
    <message>
        <source>Mark the safety plan entered in error</source>
        <translation>Marcar el plan de seguridad como registrado por error</translation>
    </message>
    <message>
        <source>Safety plan in force</source>
        <translation>Plan de seguridad vigente</translation>
    </message>
    <message>
        <source>No safety plan yet. Use Write safety plan to make one with the client: warning signs, coping strategies, people and places that help, professionals and crisis lines, a safer environment and reasons for living.</source>
        <translation>Todavía no hay plan de seguridad. Use Redactar plan de seguridad para elaborarlo con el cliente: señales de advertencia, estrategias de afrontamiento, personas y lugares que ayudan, profesionales y líneas de crisis, un entorno más seguro y razones para vivir.</translation>
    </message>
</context>
<context>
    <name>SavedFiles</name>
    <message>
        <source>your home folder</source>
        <translation>su carpeta personal</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>New program track</source>
        <translation>Nuevo grupo del programa</translation>
    </message>
    <message>
        <source>Edit the %1 track</source>
        <translation>Editar el grupo de la %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Program *</source>
        <translation>&amp;Programa *</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>&amp;Track *</source>
        <translation>&amp;Grupo *</translation>
    </message>
    <message>
        <source>Days the track meets</source>
        <translation>Días en que se reúne el grupo</translation>
    </message>
    <message>
        <source>Meets on %1</source>
        <translation>Se reúne el %1</translation>
    </message>
    <message>
        <source>Meets on *</source>
        <translation>Días de reunión *</translation>
    </message>
    <message>
        <source>Session starts at</source>
        <translation>Hora de inicio de la sesión</translation>
    </message>
    <message>
        <source>Starts &amp;at</source>
        <translation>Hora de &amp;inicio</translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation>Duración de la sesión en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session &amp;length *</source>
        <translation>&amp;Duración de la sesión *</translation>
    </message>
</context>
<context>
    <name>SearchListView</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
</context>
<context>
    <name>ServiceFormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check the marked date: %1</source>
        <translation>Revise la fecha marcada: %1</translation>
    </message>
    <message>
        <source>Someone else changed this record while it was open here. What you typed is kept, but saving it will be refused: note your changes, then Cancel and open the record again.</source>
        <translation>Otra persona cambió este registro mientras estaba abierto aquí. Lo que usted escribió se conserva, pero no se podrá guardar: anote sus cambios, pulse Cancelar y vuelva a abrir el registro.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save settings</source>
        <extracomment>The widest a setting&apos;s title gets before it wraps, in pixels.</extracomment>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Clinic NPI</source>
        <translation>NPI de la clínica</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>10 digits, e.g. 1234567893</source>
        <translation>10 dígitos, p. ej., 1234567893</translation>
    </message>
    <message>
        <source>The clinic&apos;s National Provider Identifier (type 2, organization); leave empty if it has none.</source>
        <translation>El Identificador Nacional de Proveedores (NPI) de la clínica (tipo 2, organización); déjelo vacío si no tiene uno.</translation>
    </message>
    <message>
        <source>e.g. DHCS license 190000AP</source>
        <translation>p. ej., licencia DHCS 190000AP</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the marked fields.</source>
        <translation>No se guardó nada; corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Configuración de la clínica</translation>
    </message>
</context>
<context>
    <name>StartPlanDialog</name>
    <message>
        <source>Start care plan</source>
        <translation>Iniciar plan de atención</translation>
    </message>
    <message>
        <source>The plan belongs to the client&apos;s active episode. Add a goal for each problem it works on, then its objectives and interventions.</source>
        <translation>El plan pertenece al episodio activo del cliente. Agregue una meta para cada problema que aborda y luego sus objetivos e intervenciones.</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>Fecha de inicio del plan</translation>
    </message>
    <message>
        <source>Sta&amp;rts on:</source>
        <translation>&amp;Inicia el:</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Close referral</source>
        <translation>Cerrar referido</translation>
    </message>
    <message>
        <source>Change referral status</source>
        <translation>Cambiar estado del referido</translation>
    </message>
    <message>
        <source>The referral of %1 to %2 is now %3.</source>
        <translation>El referido de %1 a %2 está ahora en estado: %3.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>New s&amp;tatus *</source>
        <translation>Nuevo es&amp;tado *</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose what came of the referral</source>
        <translation>Elija el resultado del referido</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Resultado *</translation>
    </message>
    <message>
        <source>Note about the change</source>
        <translation>Nota sobre el cambio</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>This referral is closed; it cannot change any more.</source>
        <translation>Este referido está cerrado; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Referral to %1: %2.</source>
        <translation>Referido a %1: %2.</translation>
    </message>
    <message>
        <source>Referral to %1: %2 (%3).</source>
        <translation>Referido a %1: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>StepDownReport</name>
    <message>
        <source>Open until %1: not counted until the window ends.</source>
        <translation>Plazo abierto hasta el %1: no se cuenta hasta que termine.</translation>
    </message>
    <message>
        <source>%1 started on day %2 (%3), after the %4-day window.</source>
        <translation>%1 comenzó el día %2 (%3), después del plazo de %4 días.</translation>
    </message>
    <message>
        <source>No lower level of care started by %1.</source>
        <translation>Al %1, no había comenzado ningún nivel de atención menor.</translation>
    </message>
    <message>
        <source>No lower level of care started by %1; %2 is planned from %3.</source>
        <translation>Al %1, no había comenzado ningún nivel de atención menor; %2 está programado a partir del %3.</translation>
    </message>
    <message>
        <source>%1 Discharge disposition: %2.</source>
        <translation>%1 Destino al alta: %2.</translation>
    </message>
    <message>
        <source>No discharges from 24-hour care or partial hospitalization matching the filters between %1 and %2.</source>
        <translation>No hay altas de atención de 24 horas ni de hospitalización parcial que cumplan los filtros entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>No discharges from 24-hour care or partial hospitalization between %1 and %2.</source>
        <translation>No hay altas de atención de 24 horas ni de hospitalización parcial entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>No discharge from 24-hour care or partial hospitalization matching the filters between %1 and %2 has a decided step-down window yet.</source>
        <translation>Ninguna alta de atención de 24 horas o de hospitalización parcial que cumpla los filtros entre el %1 y el %2 tiene aún un plazo de paso a un nivel menor resuelto.</translation>
    </message>
    <message>
        <source>No discharge from 24-hour care or partial hospitalization between %1 and %2 has a decided step-down window yet.</source>
        <translation>Ninguna alta de atención de 24 horas o de hospitalización parcial entre el %1 y el %2 tiene aún un plazo de paso a un nivel menor resuelto.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salió de</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>Siguiente nivel</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Of the discharges from inpatient, residential, withdrawal-management or partial-hospitalization care in the period, the share that started a lower level of care (IOP, outpatient) within %1 days (day 0 is the discharge day; day %1 counts). Judged on %2: discharges whose window is still open are listed but not counted, and a return to 24-hour care before any step-down leaves the discharge out.</source>
        <translation>De las altas de hospitalización, tratamiento residencial, manejo de la abstinencia u hospitalización parcial en el período, la proporción que comenzó un nivel de atención menor (IOP, tratamiento ambulatorio) dentro de %1 días (el día 0 es el día del alta; el día %1 cuenta). Evaluado al %2: las altas cuyo plazo sigue abierto se listan pero no se cuentan, y un regreso a atención de 24 horas antes de cualquier paso a un nivel menor excluye el alta.</translation>
    </message>
    <message>
        <source>Stepped down within %1 days</source>
        <translation>Pasaron a un nivel menor dentro de %1 días</translation>
    </message>
    <message>
        <source>Median days to the next level (met)</source>
        <translation>Mediana de días hasta el siguiente nivel (cumplidos)</translation>
    </message>
    <message>
        <source>over %1 met</source>
        <translation>sobre %1 cumplidos</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Incumplidos</translation>
    </message>
    <message>
        <source>Window still open</source>
        <translation>Plazo aún abierto</translation>
    </message>
    <message>
        <source>Left out (back in 24-hour care)</source>
        <translation>Excluidos (de vuelta en atención de 24 horas)</translation>
    </message>
    <message>
        <source>By level left</source>
        <translation>Por nivel del alta</translation>
    </message>
    <message>
        <source>Level left</source>
        <translation>Nivel del alta</translation>
    </message>
    <message>
        <source>Discharges</source>
        <translation>Altas</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Missed step-downs</source>
        <translation>Pasos a un nivel menor incumplidos</translation>
    </message>
    <message>
        <source>Stepped down in time</source>
        <translation>Pasaron a un nivel menor a tiempo</translation>
    </message>
    <message>
        <source>Back in 24-hour care first</source>
        <translation>Regresaron antes a atención de 24 horas</translation>
    </message>
</context>
<context>
    <name>StopMedicationDialog</name>
    <message>
        <source>Stop %1</source>
        <translation>Suspender %1</translation>
    </message>
    <message>
        <source>%1 stays on the list, marked as stopped.</source>
        <translation>%1 permanece en la lista, marcado como suspendido.</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Suspendido el</translation>
    </message>
    <message>
        <source>Stopped &amp;on</source>
        <translation>&amp;Suspendido el</translation>
    </message>
</context>
<context>
    <name>SymptomsReport</name>
    <message>
        <source>Client</source>
        <extracomment>The instruments reported, and the administrations reported under each.</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Baseline on</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Puntuación inicial</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>%1: response (50 % drop or more)</source>
        <translation>%1: respuesta (descenso del 50 % o más)</translation>
    </message>
    <message>
        <source>%1: remission (follow-up below 5)</source>
        <translation>%1: remisión (seguimiento por debajo de 5)</translation>
    </message>
    <message>
        <source>%1: reliable improvement</source>
        <translation>%1: mejoría confiable</translation>
    </message>
    <message>
        <source>%1: reliable improvement (%2 points)</source>
        <translation>%1: mejoría confiable (%2 puntos)</translation>
    </message>
    <message>
        <source>%1: reliable deterioration</source>
        <translation>%1: deterioro confiable</translation>
    </message>
    <message>
        <source>%1: reliable deterioration (%2 points)</source>
        <translation>%1: deterioro confiable (%2 puntos)</translation>
    </message>
    <message>
        <source>response</source>
        <extracomment>The outcomes as a pair&apos;s row says them.</extracomment>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>remission</source>
        <translation>remisión</translation>
    </message>
    <message>
        <source>reliable improvement</source>
        <translation>mejoría confiable</translation>
    </message>
    <message>
        <source>reliable deterioration</source>
        <translation>deterioro confiable</translation>
    </message>
    <message>
        <source>%1: baselines 10+ with a follow-up</source>
        <translation>%1: puntuaciones iniciales de 10+ con seguimiento</translation>
    </message>
    <message>
        <source>of %1 baselines of 10 or more</source>
        <translation>de %1 puntuaciones iniciales de 10 o más</translation>
    </message>
    <message>
        <source>%1: baseline and follow-up</source>
        <translation>%1: puntuación inicial y de seguimiento</translation>
    </message>
    <message>
        <source>%1: mean change</source>
        <translation>%1: cambio promedio</translation>
    </message>
    <message>
        <source>%1: baselines 10+ without a follow-up yet</source>
        <translation>%1: puntuaciones iniciales de 10+ aún sin seguimiento</translation>
    </message>
    <message>
        <source>%1: no follow-up %2 or more days later yet</source>
        <translation>%1: aún sin seguimiento %2 días o más después</translation>
    </message>
    <message>
        <source>By level of care at the baseline</source>
        <translation>Por nivel de atención en la puntuación inicial</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Remission</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Reliable improvement</source>
        <translation>Mejoría confiable</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Cambio promedio</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>IC del 95 %</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>no pairs</source>
        <translation>sin pares</translation>
    </message>
    <message>
        <source>1 pair: too few for an interval</source>
        <translation>1 par: muy pocos para un intervalo</translation>
    </message>
    <message>
        <source>95 % CI %1 (t, %2 df); %3 pairs</source>
        <translation>IC del 95 % %1 (t, %2 gl); %3 pares</translation>
    </message>
    <message>
        <source>Clients with a PHQ-9 or GAD-7 baseline of 10 or more given in the period, judged on %1. Baseline: the first score on the instrument in a course of care (episodes following each other within the step-down window, e.g. PHP then IOP). Follow-up: the course&apos;s latest score on the same instrument at least %2 days after the baseline. Response: a drop of 50 % or more; remission: a follow-up below 5; reliable improvement: a drop of at least 6 points (PHQ-9) or 4 points (GAD-7), reliable deterioration a rise as large. Mean change: follow-up minus baseline (negative is better), with a 95 % confidence interval from the t distribution. The PHQ-A (adolescents) is counted with the PHQ-9. Level, program and track: of the episode at the baseline; case manager and payer: the client&apos;s now.</source>
        <translation>Clientes con una puntuación inicial de 10 o más en el PHQ-9 o el GAD-7 aplicada en el período, evaluado al %1. Puntuación inicial: la primera puntuación en el instrumento en un proceso de atención (episodios que se suceden dentro del plazo de paso a un nivel menor, p. ej., PHP y luego IOP). Seguimiento: la puntuación más reciente del proceso en el mismo instrumento, al menos %2 días después de la puntuación inicial. Respuesta: un descenso del 50 % o más; remisión: un seguimiento por debajo de 5; mejoría confiable: un descenso de al menos 6 puntos (PHQ-9) o 4 puntos (GAD-7); deterioro confiable: un aumento de igual magnitud. Cambio promedio: seguimiento menos puntuación inicial (un valor negativo es mejor), con un intervalo de confianza del 95 % según la distribución t. El PHQ-A (adolescentes) se cuenta con el PHQ-9. Nivel, programa y grupo: los del episodio de la puntuación inicial; administrador de casos y aseguradora: los actuales del cliente.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 baseline of 10 or more matching the filters was given between %1 and %2.</source>
        <translation>No se aplicó ninguna puntuación inicial de 10 o más en el PHQ-9 o el GAD-7 que cumpla los filtros entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 baseline of 10 or more was given between %1 and %2.</source>
        <translation>No se aplicó ninguna puntuación inicial de 10 o más en el PHQ-9 o el GAD-7 entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 baseline of 10 or more matching the filters given between %1 and %2 has a follow-up score %3 or more days later by %4 yet.</source>
        <translation>Al %4, ninguna puntuación inicial de 10 o más en el PHQ-9 o el GAD-7 que cumpla los filtros, aplicada entre el %1 y el %2, tiene aún una puntuación de seguimiento %3 días o más después.</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 baseline of 10 or more given between %1 and %2 has a follow-up score %3 or more days later by %4 yet.</source>
        <translation>Al %4, ninguna puntuación inicial de 10 o más en el PHQ-9 o el GAD-7, aplicada entre el %1 y el %2, tiene aún una puntuación de seguimiento %3 días o más después.</translation>
    </message>
</context>
<context>
    <name>TeamNotes</name>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>%1 – ended %2</source>
        <translation>%1 – terminó el %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>[Entered in error] </source>
        <translation>[Registrada por error] </translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Contacto de seguimiento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Psychiatrist</source>
        <translation>Psiquiatra</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Primary care</source>
        <translation>Atención primaria</translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation>Especialista de apoyo entre pares</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Oficial de libertad condicional</translation>
    </message>
    <message>
        <source>Note entered in error</source>
        <translation>Nota registrada por error</translation>
    </message>
    <message>
        <source>The note of %1 stays in the log, struck through.</source>
        <translation>La nota del %1 se conserva en el registro, tachada.</translation>
    </message>
    <message>
        <source>e.g. Written in the wrong client&apos;s record</source>
        <translation>p. ej., Se escribió en el expediente de otro cliente</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Levels-of-care timeline</source>
        <translation>Línea de tiempo de niveles de atención</translation>
    </message>
    <message>
        <source>No episodes recorded.</source>
        <translation>No hay episodios registrados.</translation>
    </message>
    <message>
        <source>stepped up</source>
        <translation>paso a un nivel mayor</translation>
    </message>
    <message>
        <source>stepped down</source>
        <translation>paso a un nivel menor</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>traslado</translation>
    </message>
    <message>
        <source>(same day)</source>
        <translation>(el mismo día)</translation>
    </message>
    <message>
        <source>open clock: %1, due %2</source>
        <translation>plazo abierto: %1, vence el %2</translation>
    </message>
    <message>
        <source>missed clock: %1, was due %2</source>
        <translation>plazo incumplido: %1, vencía el %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 planned from %2</source>
        <translation>%1, previsto desde el %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 del %2 al %3</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>previsto: %1</translation>
    </message>
    <message>
        <source>%1 to another %2 program on %3</source>
        <translation>%1 a otro programa de %2 el %3</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 on %4</source>
        <translation>%1 de %2 a %3 el %4</translation>
    </message>
    <message>
        <source>(gap 1 day)</source>
        <translation>(intervalo de 1 día)</translation>
    </message>
    <message>
        <source>(gap %1 days)</source>
        <translation>(intervalo de %1 días)</translation>
    </message>
    <message>
        <source>Step-up</source>
        <translation>Paso a un nivel mayor</translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation>Paso a un nivel menor</translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Open clock</source>
        <translation>Plazo abierto</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>1 earlier episode not shown</source>
        <translation>1 episodio anterior no se muestra</translation>
    </message>
    <message>
        <source>%1 earlier episodes not shown</source>
        <translation>%1 episodios anteriores no se muestran</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (previsto)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: vence el %2</translation>
    </message>
    <message>
        <source>%1: missed, due %2</source>
        <translation>%1: incumplido, vencía el %2</translation>
    </message>
    <message>
        <source>%1: met %2</source>
        <translation>%1: cumplido el %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
</context>
<context>
    <name>TrackButtons</name>
    <message>
        <source>&amp;New track…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <source>New program track</source>
        <translation>Nuevo grupo del programa</translation>
    </message>
    <message>
        <source>Add a track with its days and session length</source>
        <translation>Agregar un grupo con sus días y la duración de la sesión</translation>
    </message>
    <message>
        <source>&amp;Edit track…</source>
        <translation>&amp;Editar grupo…</translation>
    </message>
    <message>
        <source>Edit this track&apos;s schedule</source>
        <translation>Editar el horario de este grupo</translation>
    </message>
    <message>
        <source>Arc&amp;hive track…</source>
        <translation>Archi&amp;var grupo…</translation>
    </message>
    <message>
        <source>Archive this track</source>
        <translation>Archivar este grupo</translation>
    </message>
    <message>
        <source>The track no longer meets; its marks stay on the clients&apos; records</source>
        <translation>El grupo ya no se reúne; sus registros de asistencia permanecen en los expedientes de los clientes</translation>
    </message>
    <message>
        <source>Archive track</source>
        <translation>Archivar grupo</translation>
    </message>
    <message>
        <source>Archive the %1 track of %2? It takes no more roll calls; the marks already taken stay on the clients&apos; records.</source>
        <translation>¿Archivar el grupo de la %1 de %2? No se tomará más asistencia; los registros ya tomados permanecen en los expedientes de los clientes.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Step up or step down</source>
        <extracomment>The item data of the &quot;Exit from care&quot; choice in the target level list (no level has an empty code); ``TransitionDialog.plan`` turns it into ``to_level_code=None``.</extracomment>
        <translation>Pasar a un nivel mayor o menor</translation>
    </message>
    <message>
        <source>Edit planned transition</source>
        <translation>Editar transición prevista</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>, discharged %1</source>
        <translation>, dado de alta el %1</translation>
    </message>
    <message>
        <source>%1 at %2, since %3%4</source>
        <translation>%1 en %2, desde el %3%4</translation>
    </message>
    <message>
        <source>Current episode</source>
        <translation>Episodio actual</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Target level of care</source>
        <translation>Nivel de atención de destino</translation>
    </message>
    <message>
        <source>Exit from care (no next level)</source>
        <translation>Salida de la atención (sin nivel siguiente)</translation>
    </message>
    <message>
        <source>&amp;To level</source>
        <translation>&amp;Nivel de destino</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Facility or program</source>
        <translation>Centro o programa</translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation>&amp;Centro</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Tr&amp;ack</source>
        <translation>Gr&amp;upo</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>&amp;Planned date</source>
        <translation>&amp;Fecha prevista</translation>
    </message>
    <message>
        <source>Criteria that apply</source>
        <translation>Criterios que aplican</translation>
    </message>
    <message>
        <source>A lateral move has no criteria checklist.</source>
        <translation>Un cambio lateral no tiene lista de criterios.</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>&amp;Rationale *</source>
        <translation>&amp;Justificación *</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Book the intake</source>
        <translation>Programar la admisión</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Fecha de admisión</translation>
    </message>
    <message>
        <source>Intake &amp;date</source>
        <translation>Fecha de a&amp;dmisión</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>Intake time</source>
        <translation>Hora de admisión</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>Intake facility</source>
        <translation>Centro de admisión</translation>
    </message>
    <message>
        <source>At</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Intake contact or with whom</source>
        <translation>Contacto de admisión o con quién</translation>
    </message>
    <message>
        <source>e.g. Jordan Lee, intake coordinator</source>
        <translation>p. ej., Jordan Lee, coordinador de admisiones</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>Con &amp;quién</translation>
    </message>
    <message>
        <source>No facility chosen yet (choose it above)</source>
        <translation>Aún no se eligió un centro (elíjalo arriba)</translation>
    </message>
    <message>
        <source>&amp;Book the intake at %1</source>
        <translation>&amp;Programar la admisión en %1</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>sale de %1</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún no elegido</translation>
    </message>
    <message>
        <source>Why care ends now, e.g. treatment goals met or the client declined further care</source>
        <translation>Por qué termina la atención ahora, p. ej., se cumplieron las metas del tratamiento o el cliente rechazó seguir en atención</translation>
    </message>
    <message>
        <source>Why this level now, in the clinician&apos;s words</source>
        <translation>Por qué este nivel ahora, en palabras del profesional clínico</translation>
    </message>
    <message>
        <source>Step-up criteria that apply</source>
        <translation>Criterios de paso a un nivel mayor que aplican</translation>
    </message>
    <message>
        <source>Step-down criteria that apply</source>
        <translation>Criterios de paso a un nivel menor que aplican</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Exit from care planned for %1.</source>
        <translation>Salida de la atención prevista para el %1.</translation>
    </message>
    <message>
        <source>%1 to %2 planned for %3.</source>
        <translation>%1 (%2) previsto para el %3.</translation>
    </message>
    <message>
        <source>Check the planned date</source>
        <translation>Revise la fecha prevista</translation>
    </message>
    <message>
        <source>Save this date anyway?</source>
        <translation>¿Guardar esta fecha de todos modos?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Cambiar la fecha</translation>
    </message>
</context>
<context>
    <name>TransitionsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the planned transition</source>
        <translation>Editar la transición planificada</translation>
    </message>
    <message>
        <source>C&amp;ancel transition…</source>
        <translation>C&amp;ancelar transición…</translation>
    </message>
    <message>
        <source>Cancel the planned transition</source>
        <translation>Cancelar la transición planificada</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Completar…</translation>
    </message>
    <message>
        <source>Complete the planned transition</source>
        <translation>Completar la transición planificada</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Transiciones</translation>
    </message>
    <message>
        <source>Transition clocks</source>
        <translation>Plazos de transición</translation>
    </message>
</context>
<context>
    <name>TransportWarningLabel</name>
    <message>
        <source>Connection may go unencrypted</source>
        <translation>La conexión puede quedar sin cifrar</translation>
    </message>
    <message>
        <source>The connection with the database server at %1 is encrypted now but may fall back to an unencrypted one (sslmode=%2). Ask your administrator to put sslmode=verify-full and the clinic&apos;s CA certificate (sslrootcert) in the database URL.</source>
        <translation>La conexión con el servidor de la base de datos en %1 está cifrada ahora, pero puede pasar a una conexión sin cifrar (sslmode=%2). Pida a su administrador que ponga sslmode=verify-full y el certificado de la autoridad de certificación (CA) de la clínica (sslrootcert) en la URL de la base de datos.</translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation>Conexión sin cifrar</translation>
    </message>
    <message>
        <source>The connection with the database server at %1 is not encrypted: anyone on the network in between can read the records. Ask your administrator to put sslmode=verify-full and the clinic&apos;s CA certificate (sslrootcert) in the database URL.</source>
        <translation>La conexión con el servidor de la base de datos en %1 no está cifrada: cualquier persona en la red intermedia puede leer los expedientes. Pida a su administrador que ponga sslmode=verify-full y el certificado de la autoridad de certificación (CA) de la clínica (sslrootcert) en la URL de la base de datos.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database — Coordinator</source>
        <translation>Desbloquear la base de datos — Coordinator</translation>
    </message>
    <message>
        <source>This database is encrypted</source>
        <translation>Esta base de datos está cifrada</translation>
    </message>
    <message>
        <source>This workstation holds no key that opens %1. Type the database&apos;s recovery passphrase or recovery code (your administrator keeps it); the key is then kept on this workstation and you are not asked again.</source>
        <translation>Este equipo no tiene ninguna clave que abra %1. Escriba la frase de recuperación o el código de recuperación de la base de datos (lo guarda su administrador); la clave quedará guardada en este equipo y no se le volverá a pedir.</translation>
    </message>
    <message>
        <source>Recovery passphrase or code</source>
        <translation>Frase o código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Recovery passphrase:</source>
        <translation>&amp;Frase de recuperación:</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Coordinator</source>
        <translation>Salir de Coordinator</translation>
    </message>
    <message>
        <source>Type the recovery passphrase or code.</source>
        <translation>Escriba la frase o el código de recuperación.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>A&amp;gregar usuario…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Res&amp;tablecer contraseña…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar r&amp;ol…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Reactivar usuario</translation>
    </message>
    <message>
        <source>Let %1 sign in again?</source>
        <translation>¿Permitir que %1 vuelva a iniciar sesión?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their records and history stay as they are. Deactivate the account?</source>
        <translation>%1 ya no podrá iniciar sesión. Sus registros e historial se conservan tal como están. ¿Desactivar la cuenta?</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
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
        <source>Locked until</source>
        <translation>Bloqueado hasta</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 %2 is before 1900; check the year.</source>
        <extracomment>A date may lie at most this many years after today where a future date makes sense.</extracomment>
        <translation>%1 %2 es anterior a 1900; revise el año.</translation>
    </message>
    <message>
        <source>%1 %2 is before the client&apos;s date of birth (%3); check the date.</source>
        <translation>%1 %2 es anterior a la fecha de nacimiento del cliente (%3); revise la fecha.</translation>
    </message>
    <message>
        <source>%1 %2 is more than %3 years from today; check the year.</source>
        <translation>%1 %2 está a más de %3 años de hoy; revise el año.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900; check the year.</source>
        <translation>La fecha de nacimiento es anterior a 1900; revise el año.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>CLI exit code for this kind of failure (docs/architecture.md §5).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter the %1 total.</source>
        <extracomment>Flags that raise a safety alert on the client header and the dashboard. The flag an answer above 0 raises. Response and remission are judged only from a baseline at or above this total. (cluster letter, first item, last item), 1-based. Items at or above this rating count as a symptom for the DSM-5 pattern (Weathers 2013).</extracomment>
        <translation>Escriba la puntuación total del %1.</translation>
    </message>
    <message>
        <source>The %1 total must be a whole number between 0 and %2.</source>
        <translation>La puntuación total del %1 debe ser un número entero entre 0 y %2.</translation>
    </message>
    <message>
        <source>Choose the risk level the screener gave: low, moderate or high.</source>
        <translation>Elija el nivel de riesgo que dio el tamizaje: bajo, moderado o alto.</translation>
    </message>
    <message>
        <source>Answer every item: item %1 is not answered. The %2 is not prorated.</source>
        <translation>Responda todas las preguntas: falta la respuesta de la pregunta %1. El %2 no se prorratea.</translation>
    </message>
    <message>
        <source>Answer every item: items %1 and %2 are not answered. The %3 is not prorated.</source>
        <translation>Responda todas las preguntas: faltan las respuestas de las preguntas %1 y %2. El %3 no se prorratea.</translation>
    </message>
    <message>
        <source>The referral is already %1.</source>
        <extracomment>Where each status may go next. Closed statuses go nowhere: a completed referral that turns out wrong is answered by a new referral, so the history never rewrites itself. A referral still requested (or received) may be completed straight away: often the case manager hears from the client that they already got help before the receiver ever confirmed, and the loop closes on that outcome. The statuses a new referral may start in: a draft to finish later, or sent at once. Open and already sent to the receiver: the statuses the follow-up date is watched in. A draft has not left the clinic yet, so it cannot be late (the dashboard counts the same).</extracomment>
        <translation>El referido ya está en estado %1.</translation>
    </message>
    <message>
        <source>The referral is closed (%1); make a new referral instead.</source>
        <translation>El referido está cerrado (%1); haga un referido nuevo.</translation>
    </message>
    <message>
        <source>A referral cannot go from %1 to %2.</source>
        <translation>Un referido no puede pasar de %1 a %2.</translation>
    </message>
    <message>
        <source>Choose the outcome: what came of this referral.</source>
        <translation>Elija el resultado: qué resultó de este referido.</translation>
    </message>
    <message>
        <source>Only a closed referral has an outcome.</source>
        <translation>Solo un referido cerrado tiene resultado.</translation>
    </message>
    <message>
        <source>The day asked cannot be after today.</source>
        <translation>El día consultado no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <source>The day asked</source>
        <translation>El día consultado</translation>
    </message>
    <message>
        <source>Enter what the client is allergic to, e.g. penicillin.</source>
        <translation>Escriba a qué es alérgico el cliente; p. ej., penicilina.</translation>
    </message>
    <message>
        <source>Choose mild, moderate, severe or unknown.</source>
        <translation>Elija leve, moderada, grave o desconocida.</translation>
    </message>
    <message>
        <source>Choose kept, missed, cancelled or confirmed.</source>
        <extracomment>What an outcome may be set to (``record_outcome``); &quot;scheduled&quot; is where every one starts. The transition clocks this kept appointment met (filled by ``appointments_of``).</extracomment>
        <translation>Elija cumplida, incumplida, cancelada o confirmada.</translation>
    </message>
    <message>
        <source>The appointment&apos;s notes are full; shorten them first.</source>
        <translation>Las notas de la cita están llenas; acórtelas primero.</translation>
    </message>
    <message>
        <source>Choose what kind of appointment this is.</source>
        <translation>Elija el tipo de cita.</translation>
    </message>
    <message>
        <source>Choose scheduled, confirmed, kept, missed or cancelled.</source>
        <translation>Elija programada, confirmada, cumplida, incumplida o cancelada.</translation>
    </message>
    <message>
        <source>Choose mental health, substance use or co-occurring.</source>
        <translation>Elija salud mental, consumo de sustancias o concurrente.</translation>
    </message>
    <message>
        <source>Enter the appointment&apos;s date.</source>
        <translation>Escriba la fecha de la cita.</translation>
    </message>
    <message>
        <source>The appointment date</source>
        <translation>La fecha de la cita</translation>
    </message>
    <message>
        <source>Enter the time as hours and minutes.</source>
        <translation>Escriba la hora en horas y minutos.</translation>
    </message>
    <message>
        <source>Choose the level of care the intake is for.</source>
        <translation>Elija el nivel de atención de la admisión.</translation>
    </message>
    <message>
        <source>Choose a level of care from the list.</source>
        <translation>Elija un nivel de atención de la lista.</translation>
    </message>
    <message>
        <source>Choose a facility or program from the list.</source>
        <translation>Elija un centro o programa de la lista.</translation>
    </message>
    <message>
        <source>%1 is archived; choose another.</source>
        <translation>%1 está archivado; elija otro.</translation>
    </message>
    <message>
        <source>Choose a member of this client&apos;s care team.</source>
        <translation>Elija a un miembro del equipo de atención de este cliente.</translation>
    </message>
    <message>
        <source>%1 no longer treats the client; choose a current member.</source>
        <translation>%1 ya no atiende al cliente; elija a un miembro actual.</translation>
    </message>
    <message>
        <source>That transition is not this client&apos;s.</source>
        <translation>Esa transición no es de este cliente.</translation>
    </message>
    <message>
        <source>Choose an instrument.</source>
        <translation>Elija un instrumento.</translation>
    </message>
    <message>
        <source>An assessment cannot be dated after today.</source>
        <translation>Una evaluación no puede tener fecha posterior a hoy.</translation>
    </message>
    <message>
        <source>The client&apos;s record is archived; restore it first.</source>
        <extracomment>What the form puts in step 5 of a new plan: the national line and a line to complete. The most a step may hold: a plan is read in a crisis, and prints on a page or two. The plan&apos;s steps in the order of the form, with the sentence when a needed one is blank. The row&apos;s edit version (for marking it entered in error), not the plan&apos;s number. &quot;Version 3&quot; of the client&apos;s plan: 1, 2, … in the order they were saved.</extracomment>
        <translation>El expediente del cliente está archivado; restáurelo primero.</translation>
    </message>
    <message>
        <source>The assessment date</source>
        <translation>La fecha de la evaluación</translation>
    </message>
    <message>
        <source>Say what was done, e.g. safety plan reviewed, crisis line given, psychiatrist informed.</source>
        <translation>Indique qué se hizo; p. ej., se revisó el plan de seguridad, se dio la línea de crisis, se informó al psiquiatra.</translation>
    </message>
    <message>
        <source>This alert was already addressed; reload to see what was done.</source>
        <translation>Esta alerta ya se atendió; vuelva a cargar para ver qué se hizo.</translation>
    </message>
    <message>
        <source>Say why this entry is in error, e.g. wrong client.</source>
        <translation>Indique por qué este registro es un error; p. ej., cliente equivocado.</translation>
    </message>
    <message>
        <source>This assessment is already marked entered in error.</source>
        <translation>Esta evaluación ya está marcada como registrada por error.</translation>
    </message>
    <message>
        <source>That safety plan is not this client&apos;s.</source>
        <translation>Ese plan de seguridad no es de este cliente.</translation>
    </message>
    <message>
        <source>Safety plan version %1 is no longer the plan in force; reload to name the current one.</source>
        <translation>La versión %1 del plan de seguridad ya no es el plan vigente; vuelva a cargar para indicar el actual.</translation>
    </message>
    <message>
        <source>A %1 is already recorded for this client on %2.</source>
        <translation>Ya hay un %1 registrado para este cliente el %2.</translation>
    </message>
    <message>
        <source>This schedule is archived; add a new one instead.</source>
        <translation>Este horario está archivado; agregue uno nuevo.</translation>
    </message>
    <message>
        <source>That program schedule does not exist.</source>
        <translation>Ese horario del programa no existe.</translation>
    </message>
    <message>
        <source>This program schedule is archived; it takes no more roll calls.</source>
        <translation>Este horario del programa está archivado; ya no admite listas de asistencia.</translation>
    </message>
    <message>
        <source>%1 is after today; attendance is marked on the day of the session or later.</source>
        <translation>%1 es posterior a hoy; la asistencia se marca el día de la sesión o después.</translation>
    </message>
    <message>
        <source>The session date</source>
        <translation>La fecha de la sesión</translation>
    </message>
    <message>
        <source>That program is not in the list of facilities.</source>
        <translation>Ese programa no está en la lista de centros.</translation>
    </message>
    <message>
        <source>%1 is 24-hour care; schedules are for day programs such as IOP and PHP.</source>
        <translation>%1 es atención las 24 horas; los horarios son para programas de día como IOP y PHP.</translation>
    </message>
    <message>
        <source>%1 does not offer %2.</source>
        <translation>%1 no ofrece %2.</translation>
    </message>
    <message>
        <source>Choose a track: morning, afternoon or evening.</source>
        <translation>Elija un grupo: de la mañana, de la tarde o de la noche.</translation>
    </message>
    <message>
        <source>Choose at least one day the track meets.</source>
        <translation>Elija al menos un día en que se reúne el grupo.</translation>
    </message>
    <message>
        <source>Days of the week are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Los días de la semana van del 0 (lunes) al 6 (domingo).</translation>
    </message>
    <message>
        <source>A session lasts from %1 to %2 minutes.</source>
        <translation>Una sesión dura de %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>Choose the planned next level from the list.</source>
        <extracomment>Free text a clinician writes in a few paragraphs at most; the columns themselves have no length, so a pasted chart note is stopped here rather than printed on every packet. Substance use is asked about only where substance use is treated.</extracomment>
        <translation>Elija de la lista el siguiente nivel previsto.</translation>
    </message>
    <message>
        <source>The planned start</source>
        <translation>El inicio previsto</translation>
    </message>
    <message>
        <source>The last use</source>
        <translation>El último consumo</translation>
    </message>
    <message>
        <source>The client has already moved on from this episode, so it cannot be reopened; keep its end date.</source>
        <translation>El cliente ya pasó de este episodio a otro, así que no se puede reabrir; conserve su fecha de fin.</translation>
    </message>
    <message>
        <source>The discharge details record substances used; clear them there before making this a mental-health episode.</source>
        <translation>Los detalles del alta registran sustancias consumidas; bórrelas allí antes de convertir este episodio en uno de salud mental.</translation>
    </message>
    <message>
        <source>%1 has already started.</source>
        <translation>%1 ya comenzó.</translation>
    </message>
    <message>
        <source>%1 is after today; record the start when the client arrives.</source>
        <translation>%1 es posterior a hoy; registre el inicio cuando llegue el cliente.</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <source>%1 has not started; cancel it instead.</source>
        <translation>%1 no ha comenzado; cancélelo en su lugar.</translation>
    </message>
    <message>
        <source>%1 was already discharged.</source>
        <translation>%1 ya tiene alta.</translation>
    </message>
    <message>
        <source>Enter the discharge disposition.</source>
        <translation>Escriba el destino al alta.</translation>
    </message>
    <message>
        <source>%1 has not ended; record the details when the client is discharged.</source>
        <translation>%1 no ha terminado; registre los detalles cuando el cliente sea dado de alta.</translation>
    </message>
    <message>
        <source>%1 has already started; discharge it instead.</source>
        <translation>%1 ya comenzó; registre el alta en su lugar.</translation>
    </message>
    <message>
        <source>Say why this episode is in error.</source>
        <translation>Indique por qué este episodio es un error.</translation>
    </message>
    <message>
        <source>%1 is already marked entered in error.</source>
        <translation>%1 ya está marcado como registrado por error.</translation>
    </message>
    <message>
        <source>Enter the discharge date.</source>
        <translation>Escriba la fecha de alta.</translation>
    </message>
    <message>
        <source>The discharge date %1 is before the episode started on %2.</source>
        <translation>La fecha de alta %1 es anterior al inicio del episodio, el %2.</translation>
    </message>
    <message>
        <source>The discharge date %1 is after today; record the discharge when it happens.</source>
        <translation>La fecha de alta %1 es posterior a hoy; registre el alta cuando ocurra.</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La fecha de fin %1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>The end date %1 is after today; record the discharge when it happens.</source>
        <translation>La fecha de fin %1 es posterior a hoy; registre el alta cuando ocurra.</translation>
    </message>
    <message>
        <source>This episode has not started; start it before recording a discharge.</source>
        <translation>Este episodio no ha comenzado; inícielo antes de registrar un alta.</translation>
    </message>
    <message>
        <source>%1 was marked entered in error and can no longer be changed.</source>
        <translation>%1 se marcó como registrado por error y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>%1 was cancelled and can no longer be changed.</source>
        <translation>%1 se canceló y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Choose a level of care.</source>
        <extracomment>Statuses of episodes that really happened (or are happening): the ones that may overlap.</extracomment>
        <translation>Elija un nivel de atención.</translation>
    </message>
    <message>
        <source>Choose the morning, afternoon or evening track, or none.</source>
        <translation>Elija el grupo de la mañana, de la tarde o de la noche, o ninguno.</translation>
    </message>
    <message>
        <source>Choose in person, telehealth or hybrid.</source>
        <translation>Elija en persona, telesalud o híbrida.</translation>
    </message>
    <message>
        <source>That client does not exist.</source>
        <translation>Ese cliente no existe.</translation>
    </message>
    <message>
        <source>The %1 episode at %2 from %3 to %4</source>
        <translation>El episodio de %1 en %2 del %3 al %4</translation>
    </message>
    <message>
        <source>the %1 episode at %2 from %3 to %4</source>
        <translation>el episodio de %1 en %2 del %3 al %4</translation>
    </message>
    <message>
        <source>The %1 episode at %2 from %3 (not discharged)</source>
        <translation>El episodio de %1 en %2 desde el %3 (sin alta)</translation>
    </message>
    <message>
        <source>the %1 episode at %2 from %3 (not discharged)</source>
        <translation>el episodio de %1 en %2 desde el %3 (sin alta)</translation>
    </message>
    <message>
        <source>The %1 episode from %2 to %3</source>
        <translation>El episodio de %1 del %2 al %3</translation>
    </message>
    <message>
        <source>the %1 episode from %2 to %3</source>
        <translation>el episodio de %1 del %2 al %3</translation>
    </message>
    <message>
        <source>The %1 episode from %2 (not discharged)</source>
        <translation>El episodio de %1 desde el %2 (sin alta)</translation>
    </message>
    <message>
        <source>the %1 episode from %2 (not discharged)</source>
        <translation>el episodio de %1 desde el %2 (sin alta)</translation>
    </message>
    <message>
        <source>This stay overlaps %1.</source>
        <translation>Esta estancia se superpone con %1.</translation>
    </message>
    <message>
        <source>%1 was marked entered in error; no transition can leave it.</source>
        <translation>%1 se marcó como registrado por error; ninguna transición puede salir de él.</translation>
    </message>
    <message>
        <source>%1 was cancelled; no transition can leave it.</source>
        <translation>%1 se canceló; ninguna transición puede salir de él.</translation>
    </message>
    <message>
        <source>%1 has not started yet; start it or plan from the current episode.</source>
        <translation>%1 aún no ha comenzado; inícielo o planifique desde el episodio actual.</translation>
    </message>
    <message>
        <source>That episode does not exist.</source>
        <translation>Ese episodio no existe.</translation>
    </message>
    <message>
        <source>That episode belongs to another client.</source>
        <extracomment>How ``plan`` names the problems of a refused intake: ``intake_`` and the ``AppointmentInput`` field, e.g. ``intake_service_date``.</extracomment>
        <translation>Ese episodio pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>An exit from care has no next level, so there is no intake to book.</source>
        <translation>Una salida de la atención no tiene siguiente nivel, así que no hay admisión que programar.</translation>
    </message>
    <message>
        <source>Choose the level of care the client is admitted to.</source>
        <translation>Elija el nivel de atención al que ingresa el cliente.</translation>
    </message>
    <message>
        <source>Give the reason for this transition.</source>
        <translation>Indique el motivo de esta transición.</translation>
    </message>
    <message>
        <source>The planned date</source>
        <translation>La fecha prevista</translation>
    </message>
    <message>
        <source>The planned date %1 is before %2 started.</source>
        <translation>La fecha prevista %1 es anterior al inicio de %2.</translation>
    </message>
    <message>
        <source>The planned date %1 is before the discharge on %2 from %3.</source>
        <translation>La fecha prevista %1 es anterior al alta del %2 de %3.</translation>
    </message>
    <message>
        <source>This transition was cancelled.</source>
        <translation>Esta transición se canceló.</translation>
    </message>
    <message>
        <source>The discharge date</source>
        <translation>La fecha de alta</translation>
    </message>
    <message>
        <source>The client was already discharged on %1 from %2; leave the discharge date empty.</source>
        <translation>El cliente ya fue dado de alta el %1 de %2; deje vacía la fecha de alta.</translation>
    </message>
    <message>
        <source>An initial admission ends no episode; leave the discharge details empty.</source>
        <translation>Un ingreso inicial no cierra ningún episodio; deje vacíos los detalles del alta.</translation>
    </message>
    <message>
        <source>Enter the day the client started %1.</source>
        <translation>Escriba el día en que el cliente comenzó en %1.</translation>
    </message>
    <message>
        <source>%1 cannot start on %2, before the discharge on %3 from %4.</source>
        <translation>%1 no puede comenzar el %2, antes del alta del %3 de %4.</translation>
    </message>
    <message>
        <source>%1 is after today; complete the transition when the client arrives.</source>
        <translation>%1 es posterior a hoy; complete la transición cuando llegue el cliente.</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>El inicio</translation>
    </message>
    <message>
        <source>Write the goal in the client&apos;s own words, e.g. &quot;I want to get through the week without a panic attack.&quot;</source>
        <translation>Escriba la meta con las palabras del cliente; p. ej., &quot;Quiero pasar la semana sin un ataque de pánico.&quot;</translation>
    </message>
    <message>
        <source>Choose open, met, revised or discontinued.</source>
        <translation>Elija abierta, cumplida, revisada o suspendida.</translation>
    </message>
    <message>
        <source>Choose a problem from the client&apos;s problem list.</source>
        <translation>Elija un problema de la lista de problemas del cliente.</translation>
    </message>
    <message>
        <source>Write a measurable objective, e.g. &quot;PHQ-9 under 10 on two visits in a row.&quot;</source>
        <translation>Escriba un objetivo medible; p. ej., &quot;PHQ-9 por debajo de 10 en dos visitas seguidas.&quot;</translation>
    </message>
    <message>
        <source>Give the objective a target date.</source>
        <translation>Asigne una fecha meta al objetivo.</translation>
    </message>
    <message>
        <source>The target date is more than three years ahead; check it.</source>
        <translation>La fecha meta está a más de tres años; revísela.</translation>
    </message>
    <message>
        <source>Choose PHQ-9, GAD-7 or no instrument.</source>
        <translation>Elija PHQ-9, GAD-7 o ningún instrumento.</translation>
    </message>
    <message>
        <source>Say what the team will do, e.g. cognitive behavioural therapy group.</source>
        <translation>Indique qué hará el equipo; p. ej., grupo de terapia cognitivo-conductual.</translation>
    </message>
    <message>
        <source>Choose in person, video or phone.</source>
        <translation>Elija en persona, video o teléfono.</translation>
    </message>
    <message>
        <source>Say how often, e.g. three times a week.</source>
        <translation>Indique con qué frecuencia; p. ej., tres veces por semana.</translation>
    </message>
    <message>
        <source>Choose the staff member responsible.</source>
        <translation>Elija al miembro del personal responsable.</translation>
    </message>
    <message>
        <source>Give the day of the review.</source>
        <translation>Indique el día de la revisión.</translation>
    </message>
    <message>
        <source>A review cannot be dated after today.</source>
        <translation>Una revisión no puede tener fecha posterior a hoy.</translation>
    </message>
    <message>
        <source>That objective is not on this version of the plan.</source>
        <translation>Ese objetivo no está en esta versión del plan.</translation>
    </message>
    <message>
        <source>Choose the objective&apos;s progress.</source>
        <translation>Elija el progreso del objetivo.</translation>
    </message>
    <message>
        <source>No client has the record number %1.</source>
        <translation>Ningún cliente tiene el número de expediente %1.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s first name.</source>
        <translation>Escriba el nombre del cliente.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s last name.</source>
        <translation>Escriba el apellido del cliente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not look like an e-mail address.</source>
        <translation>&apos;%1&apos; no parece un correo electrónico.</translation>
    </message>
    <message>
        <source>The record number %1 already belongs to another client.</source>
        <translation>El número de expediente %1 ya pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>Choose an active case manager.</source>
        <translation>Elija un administrador de casos activo.</translation>
    </message>
    <message>
        <source>This consent was already revoked on %1.</source>
        <translation>Este consentimiento ya se revocó el %1.</translation>
    </message>
    <message>
        <source>A revocation cannot be dated after today.</source>
        <translation>Una revocación no puede tener fecha posterior a hoy.</translation>
    </message>
    <message>
        <source>A consent cannot be revoked before it was signed (%1).</source>
        <translation>Un consentimiento no se puede revocar antes de su firma (%1).</translation>
    </message>
    <message>
        <source>The revocation date</source>
        <translation>La fecha de revocación</translation>
    </message>
    <message>
        <source>Choose one recipient: a partner facility, an organization, or a named class of recipients.</source>
        <translation>Elija un solo destinatario: un centro asociado, una organización o una clase de destinatarios con nombre.</translation>
    </message>
    <message>
        <source>Choose who signed: the client or a representative.</source>
        <translation>Elija quién firmó: el cliente o un representante.</translation>
    </message>
    <message>
        <source>Choose how the client may revoke: in writing, or in writing or orally.</source>
        <translation>Elija cómo puede revocar el cliente: por escrito, o por escrito u oralmente.</translation>
    </message>
    <message>
        <source>The date signed cannot be after today.</source>
        <translation>La fecha de firma no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <source>The consent cannot expire before the day it was signed.</source>
        <translation>El consentimiento no puede vencer antes del día en que se firmó.</translation>
    </message>
    <message>
        <source>That facility is not in the list.</source>
        <translation>Ese centro no está en la lista.</translation>
    </message>
    <message>
        <source>That organization is not in the resource directory.</source>
        <translation>Esa organización no está en el directorio de recursos.</translation>
    </message>
    <message>
        <source>%1 is already active on the problem list.</source>
        <translation>%1 ya está activo en la lista de problemas.</translation>
    </message>
    <message>
        <source>Only an active problem can be primary.</source>
        <translation>Solo un problema activo puede ser el principal.</translation>
    </message>
    <message>
        <source>Choose active, resolved or ruled out.</source>
        <translation>Elija activo, resuelto o descartado.</translation>
    </message>
    <message>
        <source>Say why the problem was entered in error.</source>
        <translation>Indique por qué el problema se registró por error.</translation>
    </message>
    <message>
        <source>The onset date</source>
        <translation>La fecha de inicio de los síntomas</translation>
    </message>
    <message>
        <source>%1 was marked entered in error; it can no longer be changed.</source>
        <translation>%1 se marcó como registrado por error; ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Enter the date the directive was signed.</source>
        <extracomment>How a sentence names each kind (&quot;the client&apos;s psychiatric advance directive&quot;).</extracomment>
        <translation>Escriba la fecha en que se firmó la directiva.</translation>
    </message>
    <message>
        <source>The date signed cannot be in the future.</source>
        <translation>La fecha de firma no puede ser futura.</translation>
    </message>
    <message>
        <source>The date signed</source>
        <translation>La fecha de firma</translation>
    </message>
    <message>
        <source>This medication is already stopped.</source>
        <extracomment>Medications for opioid use disorder (MOUD: buprenorphine, methadone, naltrexone) and for alcohol use disorder (MAUD: naltrexone, acamprosate, disulfiram), by generic name (English and Spanish) and by the US brand names clients say. A name starting with one of these pre-ticks &quot;for use disorder&quot; in the form; the person can untick it (naltrexone is sometimes given for something else).</extracomment>
        <translation>Este medicamento ya está suspendido.</translation>
    </message>
    <message>
        <source>Enter the medication&apos;s name.</source>
        <translation>Escriba el nombre del medicamento.</translation>
    </message>
    <message>
        <source>Choose the dose&apos;s unit from the list.</source>
        <translation>Elija de la lista la unidad de la dosis.</translation>
    </message>
    <message>
        <source>Choose the route from the list (Other if it is not there).</source>
        <translation>Elija la vía de la lista (Otro si no está).</translation>
    </message>
    <message>
        <source>Choose how often from the list (Other if it is not there).</source>
        <translation>Elija la frecuencia de la lista (Otro si no está).</translation>
    </message>
    <message>
        <source>Choose active, on hold or stopped.</source>
        <translation>Elija activo, en pausa o suspendido.</translation>
    </message>
    <message>
        <source>The start date cannot be after today.</source>
        <translation>La fecha de inicio no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <source>A medication still taken (or on hold) has no stop date; choose Stopped to give one.</source>
        <translation>Un medicamento que aún se toma (o en pausa) no tiene fecha de suspensión; elija Suspendido para indicarla.</translation>
    </message>
    <message>
        <source>Give the day the medication was stopped.</source>
        <translation>Indique el día en que se suspendió el medicamento.</translation>
    </message>
    <message>
        <source>The stop date</source>
        <translation>La fecha de suspensión</translation>
    </message>
    <message>
        <source>packet</source>
        <extracomment>How a consent form names substance-use treatment records among the information.</extracomment>
        <translation>el paquete de documentos</translation>
    </message>
    <message>
        <source>This %1 for %2 includes substance-use treatment information, and no active consent on file lets the clinic send it to %3. Consent no. %4 names %3 but does not include substance-use treatment information. Record %2&apos;s signed consent naming %3 (with Part 2 information included) first.</source>
        <translation>En %1 para %2 hay información sobre tratamiento por consumo de sustancias, y ningún consentimiento activo en el expediente permite a la clínica enviar esa información a %3. El consentimiento n.º %4 nombra a %3, pero no incluye información sobre tratamiento por consumo de sustancias. Registre primero el consentimiento firmado de %2 que nombre a %3 (con la información de la Parte 2 incluida).</translation>
    </message>
    <message>
        <source>This %1 for %2 includes substance-use treatment information, and no active consent on file lets the clinic send it to %3. Record %2&apos;s signed consent naming %3 (with Part 2 information included) first.</source>
        <translation>En %1 para %2 hay información sobre tratamiento por consumo de sustancias, y ningún consentimiento activo en el expediente permite a la clínica enviar esa información a %3. Registre primero el consentimiento firmado de %2 que nombre a %3 (con la información de la Parte 2 incluida).</translation>
    </message>
    <message>
        <source>The clinic requires a consent for every disclosure, and no active consent on file lets the clinic send %1&apos;s %2 to %3. Record the signed consent first.</source>
        <translation>La clínica exige un consentimiento para cada divulgación, y ningún consentimiento activo en el expediente permite a la clínica enviar %2 de %1 a %3. Registre primero el consentimiento firmado.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>No existe la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the packet.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo para el paquete.</translation>
    </message>
    <message>
        <source>The consent this packet rests on (no. %1) is no longer active. Make the packet again to check for another consent.</source>
        <translation>El consentimiento en el que se basa este paquete (n.º %1) ya no está activo. Vuelva a preparar el paquete para buscar otro consentimiento.</translation>
    </message>
    <message>
        <source>%1 is still in active care, and a discharge summary is for a client who has left.</source>
        <translation>%1 sigue en atención activa, y un resumen de alta es para un cliente que ya se fue.</translation>
    </message>
    <message>
        <source>Choose a transfer or discharge summary.</source>
        <translation>Elija un resumen de traslado o de alta.</translation>
    </message>
    <message>
        <source>Choose the receiving facility.</source>
        <translation>Elija el centro que recibe.</translation>
    </message>
    <message>
        <source>referral letter</source>
        <extracomment>Printed in place of the client&apos;s phone, e-mail and address when no consent covers the recipient; it tells the receiving program how to reach the client all the same.</extracomment>
        <translation>la carta de referido</translation>
    </message>
    <message>
        <source>A new referral starts as a draft or as requested.</source>
        <translation>Un referido nuevo empieza como borrador o como solicitado.</translation>
    </message>
    <message>
        <source>A closed referral cannot be edited; make a new one.</source>
        <translation>Un referido cerrado no se puede editar; haga uno nuevo.</translation>
    </message>
    <message>
        <source>Choose where the client is referred: one resource service or one partner facility.</source>
        <translation>Elija adónde se refiere al cliente: un servicio de recursos o un centro asociado.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Elija una categoría.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Elija una prioridad.</translation>
    </message>
    <message>
        <source>Say why the client is referred.</source>
        <translation>Indique por qué se refiere al cliente.</translation>
    </message>
    <message>
        <source>Choose when to follow up on this referral.</source>
        <translation>Elija cuándo dar seguimiento a este referido.</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>La fecha de seguimiento</translation>
    </message>
    <message>
        <source>%1 does not accept referrals.</source>
        <translation>%1 no acepta referidos.</translation>
    </message>
    <message>
        <source>That service is not in the resource directory.</source>
        <translation>Ese servicio no está en el directorio de recursos.</translation>
    </message>
    <message>
        <source>The safety plan cannot be dated after today.</source>
        <translation>El plan de seguridad no puede tener fecha posterior a hoy.</translation>
    </message>
    <message>
        <source>The date completed</source>
        <translation>La fecha en que se completó</translation>
    </message>
    <message>
        <source>Say why this safety plan is in error, e.g. wrong client.</source>
        <translation>Indique por qué este plan de seguridad es un error; p. ej., cliente equivocado.</translation>
    </message>
    <message>
        <source>This safety plan is already marked entered in error.</source>
        <translation>Este plan de seguridad ya está marcado como registrado por error.</translation>
    </message>
    <message>
        <source>Choose whether the client can get to a firearm.</source>
        <translation>Elija si el cliente tiene acceso a un arma de fuego.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>Write what happened in the note.</source>
        <translation>Escriba en la nota lo que ocurrió.</translation>
    </message>
    <message>
        <source>Choose what kind of contact this was.</source>
        <translation>Elija qué tipo de contacto fue.</translation>
    </message>
    <message>
        <source>The time of the contact has no time zone.</source>
        <translation>La hora del contacto no tiene zona horaria.</translation>
    </message>
    <message>
        <source>The contact&apos;s date</source>
        <translation>La fecha del contacto</translation>
    </message>
    <message>
        <source>The contact cannot be in the future.</source>
        <translation>El contacto no puede ser futuro.</translation>
    </message>
    <message>
        <source>Say why the note was entered in error.</source>
        <translation>Indique por qué la nota se registró por error.</translation>
    </message>
    <message>
        <source>Choose the team member&apos;s role.</source>
        <translation>Elija la función del miembro del equipo.</translation>
    </message>
    <message>
        <source>Enter the team member&apos;s name.</source>
        <translation>Escriba el nombre del miembro del equipo.</translation>
    </message>
    <message>
        <source>Enter the level&apos;s name.</source>
        <translation>Escriba el nombre del nivel.</translation>
    </message>
    <message>
        <source>This is too long (at most 100 characters).</source>
        <translation>Es demasiado largo (100 caracteres como máximo).</translation>
    </message>
    <message>
        <source>This is too long (at most 30 characters).</source>
        <translation>Es demasiado largo (30 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Intensity must be a whole number from 1 to 9.</source>
        <translation>La intensidad debe ser un número entero del 1 al 9.</translation>
    </message>
    <message>
        <source>Say why the plan is revised, e.g. new goals after the 30-day review.</source>
        <translation>Indique por qué se revisa el plan; p. ej., metas nuevas tras la revisión de los 30 días.</translation>
    </message>
    <message>
        <source>The revision cannot start after today.</source>
        <translation>La revisión no puede comenzar después de hoy.</translation>
    </message>
    <message>
        <source>Say why the clock was missed, e.g. could not reach the client.</source>
        <extracomment>How long after its due date a missed clock stays on the list to close out. The reasons offered when closing out a missed clock (any other may be typed). The window in days (the number in ``title``), for a title in another language.</extracomment>
        <translation>Indique por qué se venció el plazo; p. ej., no se pudo localizar al cliente.</translation>
    </message>
    <message>
        <source>This clock is no longer on the record; refresh the dashboard.</source>
        <translation>Este plazo ya no está en el expediente; actualice el panel.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <extracomment>What this workstation committed, so the watch for other workstations&apos; changes (``coordinator.services.live``) passes over its own: a name sent with each PostgreSQL notice, and on SQLite the audit events appended here.</extracomment>
        <translation>Primero inicie sesión.</translation>
    </message>
    <message>
        <source>This record was changed by another user since you opened it. Reload it and make your change again.</source>
        <extracomment>Sent with every PostgreSQL change notice; unique per process and database. The ids of the audit events this unit appended (``audit_log.append_event``).</extracomment>
        <translation>Otro usuario cambió este registro desde que usted lo abrió. Vuelva a cargarlo y haga su cambio de nuevo.</translation>
    </message>
    <message>
        <source>Choose the level of care the clinician recommends.</source>
        <extracomment>What a dimension&apos;s narrative holds at most (its column&apos;s length).</extracomment>
        <translation>Elija el nivel de atención que recomienda el profesional clínico.</translation>
    </message>
    <message>
        <source>Name who was consulted on that day.</source>
        <translation>Indique a quién se consultó ese día.</translation>
    </message>
    <message>
        <source>That episode is not one of this client&apos;s.</source>
        <translation>Ese episodio no es de este cliente.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask an administrator.</source>
        <translation>Esta cuenta fue desactivada; consulte a un administrador.</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed sign-ins. Try again after %2, or ask an administrator to reset the password.</source>
        <translation>Esta cuenta está bloqueada después de %1 intentos fallidos de iniciar sesión. Vuelva a intentarlo después de las %2 o pida a un administrador que restablezca la contraseña.</translation>
    </message>
    <message>
        <source>The client&apos;s name is missing.</source>
        <extracomment>The statement 42 CFR 2.31(a)(4)(iii) asks of a single consent for all future uses and disclosures for treatment, payment and health care operations to a covered entity or business associate, in plain words. The day clinics must follow the 2024 Part 2 rule (89 FR 12472): forms signed from this day on say how the patient may revoke them (42 CFR 2.31(a)(6)). The age at which anyone may consent alone: the end of minority in every state that the clinic&apos;s setting can describe. The setting&apos;s default: California lets a minor of 12 or older consent to substance-use treatment alone (Family Code 6929). None: not recorded (complete only on a form signed before ``COMPLIANCE_DATE``). To whom or where a written revocation goes (&quot;Privacy Officer, 100 Main St …&quot;). A single consent for all future uses and disclosures for treatment, payment and health care operations to a covered entity or business associate. The signed form carries ``TPO_REDISCLOSURE_STATEMENT``. The parent or guardian who signs with a minor (42 CFR 2.14(b)). What a case manager reads when the element is missing (the UI translates its own). The two signature elements of a minor&apos;s consent name the client and the ages: see ``missing_elements``.</extracomment>
        <translation>Falta el nombre del cliente.</translation>
    </message>
    <message>
        <source>Who may disclose the information is not named.</source>
        <translation>No se nombra quién puede divulgar la información.</translation>
    </message>
    <message>
        <source>The recipient is not named (a facility, an organization or a class of recipients).</source>
        <translation>No se nombra al destinatario (un centro, una organización o una clase de destinatarios).</translation>
    </message>
    <message>
        <source>What information may be disclosed, and how much, is not described.</source>
        <translation>No se describe qué información se puede divulgar ni cuánta.</translation>
    </message>
    <message>
        <source>The purpose of the disclosure is missing.</source>
        <translation>Falta el propósito de la divulgación.</translation>
    </message>
    <message>
        <source>A single consent for treatment, payment and health care operations must state that the record may be redisclosed as HIPAA permits, except in proceedings against the client (42 CFR 2.31(a)(4)(iii)); the form is not confirmed to include it.</source>
        <translation>Un consentimiento único para tratamiento, pago y operaciones de atención médica debe indicar que el expediente puede volver a divulgarse según lo permite HIPAA, salvo en procedimientos contra el cliente (42 CFR 2.31(a)(4)(iii)); no se ha confirmado que el formulario lo incluya.</translation>
    </message>
    <message>
        <source>The statement of the right to revoke is not confirmed.</source>
        <translation>No se ha confirmado la declaración del derecho a revocar.</translation>
    </message>
    <message>
        <source>How the client may revoke the consent (in writing, or also orally) is not recorded; forms signed from %1 on must say it (42 CFR 2.31(a)(6)).</source>
        <translation>No se registró cómo puede revocar el consentimiento el cliente (por escrito, o también oralmente); los formularios firmados a partir del %1 deben indicarlo (42 CFR 2.31(a)(6)).</translation>
    </message>
    <message>
        <source>To whom or where the client may send a written revocation is not named; forms signed from %1 on must say it (42 CFR 2.31(a)(6)).</source>
        <translation>No se nombra a quién o adónde puede enviar el cliente una revocación escrita; los formularios firmados a partir del %1 deben indicarlo (42 CFR 2.31(a)(6)).</translation>
    </message>
    <message>
        <source>There is no expiration date or event.</source>
        <translation>No hay fecha ni evento de vencimiento.</translation>
    </message>
    <message>
        <source>The name of the person who signed is missing.</source>
        <translation>Falta el nombre de la persona que firmó.</translation>
    </message>
    <message>
        <source>The representative&apos;s relationship to the client is missing.</source>
        <translation>Falta la relación del representante con el cliente.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent to disclose substance-use treatment information is signed by the minor (42 CFR 2.14).</source>
        <translation>El consentimiento de un menor para divulgar información sobre tratamiento por consumo de sustancias lo firma el menor (42 CFR 2.14).</translation>
    </message>
    <message>
        <source>A parent or guardian signs with this minor (42 CFR 2.14(b)); their name and relationship are missing.</source>
        <translation>Uno de los padres o el tutor legal firma con este menor (42 CFR 2.14(b)); faltan su nombre y su relación.</translation>
    </message>
    <message>
        <source>The date signed is missing.</source>
        <translation>Falta la fecha de firma.</translation>
    </message>
    <message>
        <source>The record changed while the FHIR bundle was being made. Make it again.</source>
        <translation>El expediente cambió mientras se preparaba el documento FHIR. Vuelva a prepararlo.</translation>
    </message>
</context>
</TS>
