# Pools en español: la tesorería, el banco, los estados de cuenta y el presupuesto participativo.
# Cada clave de en/ está aquí también.

## La página de la tesorería

treasury-title = Tesorería
treasury-flood-title = El fondo del Flood
treasury-page-title = Tesorería de { $pool }
treasury-cash-held = Dinero en caja
treasury-authorized = Autorizado, aún sin pagar
treasury-budgeted = Reservado para presupuestos participativos
treasury-available = Disponible para gastar
treasury-available-hint = Lo disponible es el dinero en caja menos lo autorizado y lo reservado. Un fondo nunca promete más de lo que tiene: se rechaza cualquier pago, presupuesto participativo o compromiso que lo dejaría por debajo de cero. Solo el capital que se debe a un miembro que se fue puede hacerlo, porque se le debe tenga lo que tenga el fondo; y entonces no se puede gastar nada nuevo hasta devolverlo.
treasury-chart-title = Dinero en caja a lo largo del tiempo
treasury-chart-summary = { $title }: { $first } el { $first_date }, { $last } el { $last_date }; máximo { $highest }
treasury-chart-caption = Dinero en caja, asiento por asiento, en los últimos asientos.
treasury-your-statement = Su estado de cuenta
treasury-floods-heading = En Floods
treasury-floods-caption = La participación de este fondo en cada Flood
treasury-col-flood = Flood
treasury-col-committed = Comprometido
treasury-col-worth = Valor actual, si el fondo se fuera
treasury-col-spent-share = Su parte de lo que el Flood gastó o prometió
treasury-money-leaves = El dinero sale del fondo solo por decisión de sus miembros. Cada asiento de abajo queda para siempre; un error se corrige con un asiento de reversión con su razón.
treasury-record-heading = Registrar dinero recibido
treasury-from = De
treasury-member-buy-in-pending = { $name } (cuota de entrada pendiente)
treasury-what-it-is = Qué es
treasury-kind-capital-long = Capital: el miembro puede recuperarlo cuando se vaya
treasury-kind-gift-long = Una donación al fondo
treasury-kind-buy-in-long = La cuota de entrada ({ $amount }), que completa una membresía pendiente
treasury-amount-in = Importe ({ $currency })
treasury-received-on = Recibido el
treasury-by = Por
treasury-method-bank-transfer = transferencia bancaria
treasury-method-cash = efectivo
treasury-method-card = tarjeta
treasury-reference-optional = Referencia bancaria o del recibo (opcional)
treasury-record-it = Registrarlo
treasury-reports-heading = Dinero que los miembros dicen haber enviado
treasury-reports-caption = Avisos de dinero enviado, primero los pendientes
treasury-col-member = Miembro
treasury-col-what = Qué
treasury-col-amount = Importe
treasury-col-sent = Enviado
treasury-col-status = Estado
treasury-col-check = Comprobar
treasury-confirm-arrived = Confirmar: llegó
treasury-reject-label = Por qué se rechaza el aviso de { $name }
treasury-reason-placeholder = razón
treasury-reject = Rechazar
treasury-tell-heading = Avisar a la tesorería de que envió dinero
treasury-tell-lead = Aparece en las cuentas en cuanto la tesorería lo vea llegar.
treasury-my-kind-capital = Capital: puedo recuperarlo cuando me vaya
treasury-my-buy-in = Mi cuota de entrada ({ $amount })
treasury-sent-on = Enviado el
treasury-your-reference = Su referencia (opcional)
treasury-tell-button = Avisar a la tesorería
treasury-payouts-heading = Pagos decididos por los miembros
treasury-payouts-none = Aún no hay pagos. El dinero solo sale cuando se aprueba una propuesta de gasto.
treasury-payouts-caption = Los pagos y sus decisiones
treasury-col-to = A
treasury-col-for = Para
treasury-col-decision = Decisión
treasury-col-settle = Liquidar
treasury-the-decision = la decisión
treasury-the-decision-aside = (la decisión)
treasury-pay-reference-label = Referencia bancaria del pago a { $name }
treasury-bank-reference-placeholder = referencia bancaria
treasury-mark-paid = Marcar como pagado
treasury-cancel-label = Razón para cancelar el pago a { $name }
treasury-cancel = Cancelar
treasury-exits-heading = Capital que se debe a miembros que se fueron
treasury-exits-caption = Devoluciones según la regla de salida
treasury-col-owed = Adeudado
treasury-col-due-by = Vence el
treasury-col-repay = Devolver
treasury-repay-reference-label = Referencia bancaria de la devolución a { $name }
treasury-mark-repaid = Marcar como devuelto
treasury-capital-heading = Cuentas de capital
treasury-capital-none = Ningún miembro tiene aún capital en el fondo.
treasury-capital-caption = Lo que cada miembro puede recuperar según la regla de salida
treasury-col-capital = Capital
treasury-entries-heading = Todos los asientos
treasury-download-csv = Descargar todos los asientos en CSV
treasury-check-bank = Cotejar las cuentas con un extracto bancario
treasury-entries-none = Aún no se ha registrado nada.
treasury-entries-caption = Asientos del libro mayor, los más recientes primero
treasury-col-date = Fecha
treasury-col-details = Detalles
treasury-col-correct = Corregir
treasury-reverse-label = Razón de la reversión
treasury-reverse = Revertir

## Lo que registra cada asiento

treasury-entry-capital = Aporte de capital
treasury-entry-gift = Donación
treasury-entry-buy-in = Cuota de entrada
treasury-entry-reversal = Reversión
treasury-entry-authorization = Pago autorizado
treasury-entry-payment = Pagado
treasury-entry-cancellation = Pago cancelado
treasury-entry-exit-authorized = Devolución de salida adeudada
treasury-entry-exit-paid = Salida devuelta
treasury-entry-round-budgeted = Reservado para un presupuesto participativo
treasury-entry-round-released = Presupuesto participativo cerrado
treasury-entry-flood-commitment = Comprometido con un Flood
treasury-entry-flood-return = Parte devuelta por un Flood
treasury-entry-pool-commitment = Comprometido por un fondo miembro
treasury-entry-pool-exit = Parte pagada a un fondo que se va
treasury-details-reverses = Revierte un asiento anterior: { $memo }
treasury-details-reference = referencia { $reference }
treasury-details-authorized = por una decisión aprobada
treasury-details-reversed = Revertido. { $how }

## En qué estado están pagos, avisos y devoluciones

treasury-payout-paid = pagado el { $date }
treasury-payout-paid-reference = pagado el { $date } ({ $reference })
treasury-payout-cancelled = cancelado: { $reason }
treasury-payout-authorized = autorizado, pendiente de pago
treasury-report-capital = capital
treasury-report-gift = donación
treasury-report-buy-in = cuota de entrada
treasury-report-sent = { $date } por { $method }
treasury-report-pending = pendiente de la tesorería
treasury-report-rejected = rechazado: { $reason }
treasury-report-confirmed = confirmado
treasury-exit-overdue = vencido desde el { $date }
treasury-exit-due-soon = vence pronto: { $date }
treasury-exit-owed = adeudado
treasury-exit-repaid = devuelto el { $date }
treasury-exit-repaid-reference = devuelto el { $date } ({ $reference })

## Lo que responden los formularios de la tesorería

treasury-recorded = Se registraron { $amount } de { $name }.
treasury-reversed = El asiento está revertido; ambos quedan en el registro.
treasury-paid = El pago a { $payee } consta como pagado.
treasury-cancelled = El pago a { $payee } está cancelado.
treasury-exit-recorded = El capital de { $name } consta como devuelto.
treasury-reported = Gracias. La tesorería lo confirmará en cuanto haya llegado.
treasury-report-in-books = El dinero de { $name } está en las cuentas.
treasury-report-refused = El aviso de { $name } está rechazado.

## El estado de cuenta de un miembro

statement-title = Estado de cuenta de { $name }
statement-capital = Cuenta de capital
statement-hint = El capital es lo que un miembro puede recuperar según la regla de salida. Las donaciones se quedan en el fondo.
statement-none = Aún no hay nada registrado.
statement-caption = Asientos que conciernen a { $name }, los más antiguos primero
statement-col-capital-after = Capital después
statement-head = Leído en la entrada { $seq } del registro. Guárdelo para cotejar con él cualquier exportación posterior:

## Cotejar las cuentas con el banco

bank-title = Cotejar las cuentas con el banco
bank-lead = Suba el extracto que su banco exporta en CSV e indique qué contiene cada columna. Pools empareja cada línea bancaria con un asiento registrado por importe y fecha (con { $days ->
    [one] 1 día
   *[other] { $days } días
  } de margen), y prefiere un asiento cuya referencia aparezca en la línea. No se cambia nada.
bank-file = Extracto bancario (CSV)
bank-date-column = Columna de la fecha
bank-amount-column = Columna del importe
bank-text-column = Columna del concepto
bank-date-format = Las fechas son como
bank-day-first = 29/11/2026 o 29.11.2026
bank-decimal-comma = Los importes usan coma decimal (1.234,50)
bank-check = Cotejar
bank-unmatched-lines = En el extracto, no en las cuentas ({ $count })
bank-unmatched-lines-none = Ninguna: cada línea bancaria coincide con un asiento.
bank-unmatched-lines-caption = Líneas bancarias sin asiento
bank-col-line = Línea
bank-col-description = Concepto
bank-col-reference = Referencia
bank-unmatched-entries = En las cuentas, no en el extracto ({ $count })
bank-unmatched-entries-none = Ninguno en las fechas del extracto.
bank-unmatched-entries-caption = Asientos sin línea bancaria
bank-matched = Coinciden ({ $count })
bank-matched-caption = Las líneas bancarias y los asientos con los que coinciden
bank-no-file = elija el archivo CSV que exportó su banco
bank-unreadable = no se pudo leer el archivo subido: { $error }
bank-not-allowed = solo quienes llevan la tesorería o la organización pueden cotejar el extracto bancario

## Los presupuestos participativos

round-kind = Presupuesto participativo
round-tag-proposing = propuestas
round-tag-funding = financiación
round-tag-closed = cerrado
round-phase-buckets = Propuestas de proyectos hasta el { $buckets_close } ({ $left }); después, financiación hasta el { $funding_close }
round-phase-funding = Financiación abierta hasta el { $close } ({ $left })
round-phase-closing = La financiación terminó; el presupuesto participativo se está cerrando.
round-phase-closed = Cerrado el { $when }
round-add-to-calendar = Añadir sus plazos a mi calendario
round-share = La parte de cada miembro
round-members = Miembros con una parte
round-my-left = Lo que le queda de su parte
round-cap = Lo máximo que un miembro puede poner en un proyecto
round-hint-shared = El presupuesto participativo reparte { $amount } a partes iguales: cada miembro recibe lo mismo, aporte lo que aporte.
round-hint-remainder = El resto de { $remainder }, que no se divide de forma exacta, se queda en el fondo.
round-hint-buckets = Los proyectos que alcanzan su mínimo al terminar la financiación se pagan; todo lo demás vuelve al fondo.
round-report-link = Adónde fue el dinero
round-guidelines = Pautas
round-buckets = Proyectos
round-fund-lead = Reparta su parte entre los proyectos que apoya: dé a tantos como quiera, en los importes que quiera, hasta que termine la financiación.
round-no-buckets = Aún no hay proyectos.
round-flagged = señalado { $count }×
round-progress = { $total } de { $max }
round-progress-range = { $total } de { $min } a { $max }
round-you-gave = usted dio { $amount }
round-give-label = Dar ({ $currency }; puede dar hasta { $room })

## Adónde fue el dinero de un presupuesto participativo

round-report-title = Adónde fue el dinero
round-report-page-title = Adónde fue el dinero de { $round }
round-report-put-in = Lo que puso el presupuesto participativo
round-report-shared = Repartido ({ $members } × { $share })
round-report-kept = Se quedó en el fondo (no se dividía de forma exacta)
round-report-funded = Autorizado para proyectos financiados
round-report-returned = Volvió al fondo
round-report-committed = En proyectos hasta ahora
round-report-not-given = Aún sin dar
round-report-none = No se propuso ningún proyecto.
round-report-caption = Cada proyecto y su dinero
round-col-bucket = Proyecto
round-col-given = Recibido
round-col-money = Dinero
round-payout-paid = pagado a { $payee }
round-payout-cancelled = pago cancelado
round-payout-authorized = autorizado a { $payee }, pendiente de pago
round-payout-returned = volvió al fondo
round-report-shares = Las partes de los miembros
round-report-shares-caption = Lo que cada miembro dio y lo que le queda
round-col-gave = Dio
round-col-left = Sin gastar

## Un proyecto

bucket-status-funded = financiado
bucket-status-missed = no alcanzó su mínimo
bucket-status-cancelled = cancelado
bucket-status-open = abierto
bucket-by = de { $names }
bucket-cancelled-because = Cancelado: { $reason }
bucket-funded-paid = Financiado: se hizo un pago de { $amount } a { $payee }.
bucket-funded-cancelled = Financiado: se canceló un pago de { $amount } a { $payee }.
bucket-funded-authorized = Financiado: se autorizó un pago de { $amount } a { $payee }, pendiente de la tesorería.
bucket-goal = { $total } de un mínimo de { $min }.
bucket-goal-range = { $total } de un mínimo de { $min } y un máximo de { $max }.
bucket-progress-label = { $total } de un máximo de { $max }; el mínimo es { $min }
bucket-fund-heading = Financiar este proyecto
bucket-fund-lead = Le quedan { $left } de su parte y ha dado { $given } a este proyecto. Puede darle hasta { $room } más.
bucket-fund = Financiar
bucket-budget-heading = Presupuesto
bucket-lines-caption = Partidas del presupuesto de { $title }
bucket-col-for = Para
bucket-col-min = Mínimo
bucket-col-max = Máximo
bucket-funders-heading = Quienes lo financian
bucket-funders-none = Nadie lo ha financiado todavía.
bucket-funders-caption = Lo que dio cada miembro
bucket-col-total = En total
bucket-history = Todas las aportaciones ({ $count })
bucket-history-item = { $when }: { $name } dio { $amount }
bucket-flags-heading = Señalamientos
bucket-flags-none = Nadie lo ha señalado por ir contra las pautas.
bucket-flag-label = Señalarlo: ¿contra qué pauta va?
bucket-flag-button = Señalar este proyecto
bucket-cancel-heading = Cancelar este proyecto
bucket-cancel-lead = Todo lo que los miembros le dieron vuelve a sus partes, para gastarlo en otros proyectos.
bucket-cancel-why = Por qué
bucket-cancel-button = Cancelar el proyecto
bucket-funded-flash = Puso { $amount } en «{ $title }». Ahora tiene { $total }.
bucket-flagged = Su señalamiento está registrado. Los miembros lo verán mientras revisan.
bucket-cancelled-flash = «{ $title }» está cancelado. Todo lo que los miembros le dieron ha vuelto a sus partes.

## Proponer un proyecto

bucket-new-title = Proponer un proyecto
bucket-new-page-title = Proponer un proyecto en { $round }
bucket-new-lead = Un proyecto es algo que los miembros pueden financiar con sus partes. Se financia si alcanza su mínimo cuando termina la financiación; nunca recibe más que su máximo.
bucket-new-guidelines = Las pautas del presupuesto participativo
bucket-new-name = Nombre
bucket-new-description = Qué es y a quién ayuda (admite Markdown)
bucket-new-lines = Partidas del presupuesto ({ $currency })
bucket-new-lines-hint = Cada partida necesita un mínimo. Deje vacío el máximo si la partida necesita exactamente su mínimo. Las filas vacías se ignoran.
bucket-new-line-for = Partida { $n }: para
bucket-new-co-creators = Cocreadores/as (comparten el pago con usted)
bucket-new-submit = Proponer el proyecto
bucket-new-proposed = Su proyecto está propuesto. Los miembros pueden revisarlo ya y financiarlo cuando se abra la financiación.
bucket-new-closed = este presupuesto participativo acepta propuestas de proyectos de los miembros activos del fondo hasta el { $when }
bucket-line-error = partida { $line }, { $what }: { $error }
bucket-line-minimum = mínimo
bucket-line-maximum = máximo
bucket-no-lines = añada al menos una partida con un importe mínimo

## La página del calendario

calendar-title = Su calendario de plazos
calendar-lead = Cada plazo de sus fondos, en su propio programa de calendario: cuándo cierra la votación de cada decisión y cuándo cierran las propuestas y la financiación de cada presupuesto participativo. Cada uno trae un recordatorio el día antes. Las horas están en UTC; su calendario las muestra en su zona horaria.
calendar-link-heading = Su enlace privado
calendar-subscribe = Suscríbase a esta dirección en su programa de calendario (en la mayoría, «Añadir calendario» y luego «Desde URL»). No la comparta: quien la tenga ve los plazos de sus fondos.
calendar-address = Dirección del calendario
calendar-renew = Crear un enlace nuevo (el anterior deja de funcionar)
calendar-off = Desactivar el enlace
calendar-make = Crear mi enlace de calendario
calendar-hint = Cada página de decisión y de presupuesto participativo tiene además un archivo que puede añadir una vez, sin suscribirse.
calendar-renewed = Aquí tiene su enlace de calendario. Cualquier enlace anterior ya no funciona.
calendar-turned-off = Su enlace de calendario está desactivado. Los calendarios que lo usan ya no reciben nada.
