# Pools in Spanish: Forming the legal entity, and Floods.
# Every key here is in the other languages too.

## Constituir la entidad jurídica

formation-title = Entidad jurídica de { $pool }
formation-heading = Entidad jurídica
formation-status-informal = Fondo informal
formation-status-becoming = Fondo informal, en camino de ser { $name } ({ $status })
formation-status-active = { $name } ({ $form }, número de registro { $number })
formation-hint = Pools redacta los documentos a partir de las reglas que aplica su fondo, así que ambos dicen siempre lo mismo. Nada de lo que aparece aquí es asesoramiento jurídico: haga que un abogado habilitado en el estado revise los documentos antes de firmarlos o presentarlos.
formation-checklist = Pasos de la constitución
formation-step-drafting = Redacción
formation-step-signing = Firmas
formation-step-ready-to-file = Lista para presentar
formation-step-filed = Presentada
formation-step-ein-recorded = EIN registrado
formation-step-active = Activa
formation-step-done = (hecho)
formation-form-delaware-llc = LLC de Delaware con un acuerdo operativo cooperativo
formation-form-colorado-lca = Cooperativa de Colorado (Limited Cooperative Association)
formation-entity = { $name }, { $form }.
formation-entity-filed = { $name }, { $form }. Presentada el { $date }, número de registro { $number }.
formation-documents = Documentos, versión { $version }
formation-signed-by = Firmado por { $names }.
formation-still-to-sign = Falta que firmen: { $names }.
formation-you-signed = usted firmó
formation-read-and-sign = Leer y firmar
formation-earlier = { $count ->
    [one] 1 firma en versiones anteriores sigue en el registro, vinculada a esas versiones.
   *[other] { $count } firmas en versiones anteriores siguen en el registro, vinculadas a esas versiones.
  }
formation-drafts = Borradores de los documentos
formation-drafts-hint = Léalos tal como están; se generan para firmar cuando usted inicia las firmas.
formation-next = Siguiente paso
formation-next-drafting = Cuando los datos de abajo sean correctos, genere los documentos y envíelos a firmar. Después, los datos ya no podrán cambiar.
formation-start-signing = Iniciar las firmas
formation-all-signed = Todos han firmado la versión { $version }.
formation-mark-ready = Marcar como lista para presentar
formation-waiting = Cada miembro firma los acuerdos y un fundador o una fundadora firma la solicitud de constitución antes de que pueda presentarse.
formation-file-it = Presente la solicitud firmada ante: { $office }, { $address }. La tasa de presentación es de { $fee } (verifíquela antes de pagar). Luego registre lo que le haya devuelto el estado.
formation-filed-on = Fecha de presentación (AAAA-MM-DD)
formation-file-number = Número de registro del estado
formation-record-filing = Registrar la presentación
formation-ein-hint = Solicite al IRS un número de identificación del empleador (EIN, formulario SS-4) y luego regístrelo.
formation-ein = EIN (NN-NNNNNNN)
formation-record-ein = Registrar el EIN
formation-bank-hint = Cuando la cuenta bancaria esté abierta a nombre de la entidad, márquela como activa.
formation-activate = Marcar la entidad como activa
formation-is-active = La entidad está activa. Mantenga al día sus obligaciones, que figuran abajo.
formation-duties = Obligaciones tras la presentación
formation-duties-caption = Obligaciones periódicas y sus vencimientos
formation-duty = Obligación
formation-due = Vencimiento
formation-fee = Tasa
formation-if-late = Si se retrasa
formation-details-heading = Los datos que indican los documentos
formation-start = Iniciar la constitución
formation-annual = { $duty }: { $fee }, vence cada año el { $day } (MM-DD)
formation-annual-anniversary = { $duty }: { $fee }, vence cada año al final del mes en que se presentó la entidad
formation-facts = Tasas y datos de presentación: { $annual }. La presentación cuesta { $fee }. Son valores de configuración; verifíquelos con el estado.
formation-legal-form = Forma jurídica
formation-legal-name = Denominación legal
formation-legal-name-hint = El nombre de una LLC termina en «LLC»; el de una cooperativa de Colorado, en «Limited Cooperative Association».
formation-agent-name = Agente registrado (registered agent)
formation-agent-address = Oficina registrada (dirección física en el estado)
formation-principal-office = Oficina principal
formation-mailing-address = Dirección postal (si es distinta)
formation-organizers = Fundadores (quienes firman la solicitud de constitución)
formation-organizer-name = Fundador/a { $n }: nombre completo
formation-postal-address = Dirección postal
formation-purpose = Objeto
formation-social-purpose = Objeto social (el bien que hace más allá de sus miembros)
formation-fiscal-year-end = Fin del ejercicio fiscal (MM-DD)
formation-save = Guardar los datos
formation-none = No se ha iniciado ninguna constitución. Quien organiza el fondo puede iniciar una aquí.
formation-versions = Versiones
formation-version-line = Versión { $version }, { $date }: { $reason }
formation-reason-signing = Se iniciaron las firmas.
formation-reason-rules = Las reglas cambiaron por la decisión «{ $title }».
formation-saved = Los datos están guardados. Lea los borradores de los documentos y luego inicie las firmas.
formation-signing-started = Los documentos están generados y enviados a firmar.
formation-now-at = La constitución está ahora en el paso «{ $status }».
formation-signed-flash = Usted firmó la versión { $version } del documento «{ $title }». Su firma registra el SHA-256 { $hash }.

## La página de un documento, y su firma (el documento sigue en inglés)

formation-not-legal-advice = Esto no es asesoramiento jurídico.
formation-notice = Este documento lo generó el programa Pools a partir de las reglas que eligieron sus miembros. No es asesoramiento jurídico. Haga que un abogado habilitado en el estado lo revise antes de firmarlo o presentarlo.
formation-draft-preview = Vista previa del borrador, aún no generado para firmar
formation-version = Versión { $version }
formation-version-earlier = Versión { $version } (una versión anterior)
formation-mismatch = El texto escrito ahora difiere del registrado para esta versión (SHA-256 registrado: { $hash }). El programa que redacta los documentos ha cambiado desde entonces; las firmas siguen vinculadas a la huella registrada.
formation-signed-heading = Firmas
formation-signature = { $name }, el { $when }
formation-you-signed-version = Usted firmó esta versión.
formation-sign-version = Firmar la versión { $version }
formation-sign-hint = Su firma registra quién es usted, la hora y el SHA-256 de arriba. Si las reglas cambian más adelante, se genera una nueva versión y se le pedirá que también la firme.
formation-typed-name = Escriba su nombre completo
formation-confirm = He leído este documento y lo firmo.
formation-sign = Firmar

## La página de un Flood

flood-dissolved = disuelto
flood-active = activo
flood-what = Un Flood: fondos que trabajan juntos en un proyecto común.
flood-double-majority = Las decisiones necesitan una mayoría de las personas y una mayoría de los fondos miembros.
flood-people-vote = Las decisiones se aprueban por el voto de las personas.
flood-in-fund = Saldo del fondo común
flood-authorized = Autorizado, aún sin pagar
flood-available = Disponible para gastar
flood-fund-link = El fondo común: cada asiento, y los pagos pendientes
flood-agreement-link = El acuerdo de proyecto conjunto: leerlo y firmarlo
flood-pools = Fondos miembros
flood-chart-title = Compromisos con { $name }
flood-chart-unit = { $currency }, sin decimales
flood-pools-caption = Fondos miembros de { $name }
flood-pool = Fondo
flood-committed = Importe comprometido
flood-status = Estado
flood-member = miembro
flood-left = salió, llevándose { $amount }
flood-invite = Para invitar a otro fondo, comparta esta página: { $url }. Sus miembros deciden unirse mediante una propuesta en su propio fondo («Unirse a un Flood», con el identificador de este Flood, { $id }, y lo que comprometen). Un fondo sale de la misma manera, con su parte de lo que el Flood tiene disponible.
flood-decisions = Decisiones
flood-decisions-hint = Cada persona de un fondo miembro vota una sola vez, sin importar a cuántos fondos miembros pertenezca.
flood-propose = Plantear una pregunta al Flood
flood-no-decisions = Todavía no hay decisiones.
flood-rules = Las reglas del Flood

## El acuerdo de proyecto conjunto de un Flood (el acuerdo sigue en inglés)

flood-nobody-signed = Nadie ha firmado todavía esta versión.
flood-earlier = { $count ->
    [one] 1 firma en versiones anteriores sigue en el registro, vinculada a ellas.
   *[other] { $count } firmas en versiones anteriores siguen en el registro, vinculadas a ellas.
  }
flood-sign-hint = Su firma registra quién es usted, la hora y el SHA-256 de arriba. Cuando un fondo se une, sale o aporta fondos, se genera una nueva versión.
flood-confirm = He leído este acuerdo y lo firmo.
flood-signed = Usted firmó esta versión del acuerdo de proyecto conjunto.
