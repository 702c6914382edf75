"""Spanish (keys as in `en.py`)."""

DATA = {
    "name": "Español",
    "function_words": """
        de la que el en y a los se del las un por con no una su para es al lo como más pero sus le
        ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde
        todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos
        qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella
        estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros os mío
        mía tuyo suyo nuestro nuestra nuestros aunque sino mientras pues así bien aquí ahora
    """,
    "content_words": """
        gobierno país política ley elecciones partido presidente ministro congreso senado derechos
        justicia tribunal libertad democracia ciudadanos sociedad economía crisis empleo trabajo
        salarios vivienda precios inflación crecimiento mercado empresas bancos deuda impuestos
        gasto presupuesto reforma sistema sanidad educación escuelas universidades hospitales
        pacientes médicos profesores estudiantes familias niños jóvenes mayores pensiones
        jubilados pobreza desigualdad riqueza renta cultura historia memoria lengua identidad
        religión valores tradición futuro generación pregunta respuesta problema solución plan
        estrategia promesa fracaso éxito error verdad datos informe estudio encuesta análisis
        argumento opinión idea decisión voto campaña candidato oposición coalición mayoría minoría
        protesta movimiento críticos votantes vecinos barrios ciudades pueblos calles casas
        alquiler propietarios inquilinos tecnología internet plataformas privacidad policía
        delitos cárceles jueces abogados constitución soberanía independencia integración
        cooperación competencia negociación acuerdo sanciones exportaciones aranceles fábricas
        puertos petróleo gas energía electricidad clima emisiones agua agricultores tierra
        transporte trenes carreteras coches migración fronteras refugiados guerra paz ejército
        defensa alianza tratado poder cambio años tiempo mundo debate región comunidad autonomía
        municipio alcalde consejo parlamento instituciones importante difícil posible necesario
        claro grave político económico social nacional local global europeo público privado nuevo
        viejo joven largo corto grande pequeño mejor peor real simple moderno popular justo
        injusto honesto abierto fuerte débil rico pobre libre caro urgente lento rápido reciente
        hacer tomar dar encontrar pensar saber ver decir pedir necesitar querer creer defender
        proteger mejorar reducir aumentar recortar subir gastar invertir pagar perder ganar fallar
        decidir elegir explicar prometer gobernar exigir temer esperar entender recordar olvidar
        aceptar rechazar apoyar construir siempre nunca todavía quizá simplemente claramente
        rápidamente lentamente realmente casi juntos incluso además
    """,
    "places": """
        Madrid|Barcelona|Sevilla|Valencia|Bilbao|Zaragoza|Málaga|Buenos Aires|México|
        Bogotá|Lima|Santiago|Europa|América Latina|Bruselas|la Moncloa|el Congreso| el Tribunal
        Constitucional|la Unión Europea|la OTAN|Naciones Unidas
    """,
    "first_names": """
        María José Antonio Carmen Manuel Ana Francisco Laura David Marta Javier Lucía Carlos Elena
        Miguel Isabel Pablo Sara Alejandro Paula Daniel Cristina Jorge Raquel Luis Pilar Sergio
        Beatriz Fernando Rocío Álvaro Inés Diego Teresa Rafael Nuria Andrés Silvia
    """,
    "last_names": """
        García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz
        Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez
        Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz
        Rubio Marín Sanz Iglesias Medina Garrido Cortés Castillo
    """,
    "surname_particles": "de la |del |de",
    "towns": """
        Salamanca|Cádiz|Oviedo|Santander|Girona|Toledo|Córdoba|Granada|Vigo|Logroño|
        Huesca|Alicante|Murcia|Pamplona|León|Burgos|Rosario|Valparaíso|Cuenca|Arequipa
    """,
    "months": """
        enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    """,
    "month_abbr": "ene feb mar abr may jun jul ago sep oct nov dic",
    "weekdays": "lunes martes miércoles jueves viernes sábado domingo",
    "date_forms": """
        {day} de {month} de {year}|{weekday}, {day} de {month} de {year}| {day} {mon} {year} -
        {hh}:{mi}|{Weekday} {day} de {month} de {year}, {hh}:{mi} h| {year}-{mnum2}-{day2}|{day}
        de {month} de {year} {hh}:{mi} CET|{day} {MONTH} {year}
    """,
    "numeric_date_forms": """
        {day2}/{mnum2}/{year} {hh}:{mi} h|{day2}/{mnum2}/{year} - {hh}:{mi}|{day}/{mnum}/{year}
    """,
    "date_prefixes": "{date}|{date}|Publicado el {date}|Publicado: {date}|Madrid, {date}",
    "updated_forms": "Actualizado {date}|Actualizado el {date}|Última actualización: {date}",
    "byline_forms": """
        Por {names}|Por {names}|Por {names}|{names}|Escrito por {names}|Texto: {names}
    """,
    "and": "y",
    "interview_by": "Entrevista de {names}|Entrevista: {names}",
    "roles": """
        catedrático de Economía en la Universidad de {town}|investigadora del Real Instituto de
        Estudios Europeos|exministro de Hacienda|columnista de este diario| profesora de Ciencia
        Política en la Universidad de {town}|director del Centro de Estudios Sociales|historiador
        y autor de varios libros sobre la Transición| exembajador en {town}|periodista y escritora
        afincada en {town}
    """,
    "bio_forms": "{name} es {role}.|{name} es {role}. Sígalo en redes sociales.",
    "byline_roles": """
        Catedrático de Derecho|Columnista|Analista Político|Investigadora Principal|Corresponsal
    """,
    "role_orgs": """
        Fundación Alternativas|Instituto de Políticas Públicas|Centro de Estudios Europeos
    """,
    "sections_opinion": "Opinión|Tribuna|Columnas|Punto de vista|Firmas",
    "sections_editorial": "Editorial|Editoriales|La opinión del diario",
    "sections_letter": "Cartas al director|Cartas de los lectores|Cartas",
    "sections_analysis": "Análisis|Claves",
    "sections_interview": "Entrevista|La entrevista",
    "sections_review": "Crítica|Reseña|Libros|Cine",
    "nav": """
        Portada|Nacional|Internacional|Política|Economía|Opinión|Cultura|Deportes|Sociedad|Ciencia|Tecnología|Vídeos|Podcasts|Última
        hora
    """,
    "skip": "Ir al contenido|Saltar al contenido principal|Menú|Buscar|Cerrar",
    "login": "Iniciar sesión|Entrar|Regístrate|Suscríbete|Mi cuenta|Hazte suscriptor",
    "login_form": """
        Correo electrónico|Contraseña|¿Olvidaste tu contraseña?|Recordarme| Crear una
        cuenta|Entrar con Google|¿No tienes cuenta? Regístrate gratis|Mostrar contraseña
    """,
    "cookie_text": """
        Utilizamos cookies propias y de terceros para mejorar tu experiencia, personalizar el
        contenido y analizar nuestro tráfico. Si continúas navegando, aceptas su uso.|Este sitio
        web utiliza cookies. Algunas son necesarias y otras nos ayudan a entender cómo usas la
        web. Puedes cambiar tu elección en cualquier momento.
    """,
    "cookie_buttons": """
        Aceptar todo|Rechazar todo|Configurar|Aceptar cookies|Más información|Aceptar y cerrar
    """,
    "newsletter_text": """
        Suscríbete a nuestro boletín y recibe lo mejor de {outlet} cada mañana.| Recibe cada día
        en tu correo las claves de la actualidad.|Las mejores columnas de la semana, en tu bandeja
        de entrada cada domingo.
    """,
    "newsletter_ui": """
        Tu correo electrónico|Suscribirme|Apúntate|Puedes darte de baja en cualquier momento.
    """,
    "donation_text": """
        El periodismo independiente necesita tu apoyo. {outlet} se financia gracias a lectores
        como tú, y cada aportación ayuda a que nuestra información siga siendo libre.| Si valoras
        nuestro trabajo, hazte socio y ayúdanos a seguir informando sin depender de grandes
        anunciantes.
    """,
    "donation_ui": "Hazte socio|Colabora|Dona ahora|Apóyanos",
    "share": """
        Compartir|Compartir en Facebook|Compartir en Twitter|WhatsApp|Correo|Copiar
        enlace|LinkedIn|Telegram
    """,
    "comment_count": "{n} comentarios|Comentarios ({n})|Ver {n} comentarios|{n} Comentarios",
    "comment_heading": "Comentarios|Comentarios de los lectores|Participa",
    "comment_ui": """
        Responder|Denunciar|Me gusta|Citar|Cargar más comentarios|Ver más respuestas|Ordenar por:
        más recientes|Más antiguos
    """,
    "comment_ago": "hace {n} horas|hace {n} minutos|hace {n} días|hace {n} h",
    "comment_policy": """
        Los comentarios son moderados y se publicarán una vez aprobados. Mantén un tono
        respetuoso.|Los comentarios están cerrados para este artículo.|Consulta nuestras normas de
        participación antes de comentar.
    """,
    "related_heading": """
        Noticias relacionadas|Más de Opinión|Otras columnas|Lo más leído|Te puede
        interesar|Recomendados|Más sobre este tema|Últimas tribunas
    """,
    "caption_credit": """
        Foto: {person} / {agency}|Fotografía: {agency}|Imagen: {agency}|{person}
        ({agency})|Ilustración: {person}
    """,
    "agencies": "EFE|Europa Press|Reuters|AFP|AP|Getty Images",
    "download": """
        Descargar en PDF|Imprimir|Guardar|Escuchar este artículo|Enviar por correo|Guardar para
        más tarde
    """,
    "copyright": """
        © {year} {outlet}. Todos los derechos reservados.|Copyright © {outlet} {year}|© {outlet}
        {year}
    """,
    "copyright_plain": "Todos los derechos reservados.|© Reservados todos los derechos",
    "outlet_line": """
        Fuente: {outlet}|Publicado en {outlet}|Este artículo se publicó originalmente en {outlet}.
    """,
    "link_line": "Fuente: {url}|Enlace: {url}|Ver en la web: {url}|{url}|URL: {url}",
    "home": "Inicio",
    "tags": "Temas: {tags}|Etiquetas: {tags}|Más sobre: {tags}|Archivado en: {tags}",
    "read_time": "{n} min de lectura|Tiempo de lectura: {n} minutos|{n} min",
    "disclaimer": """
        Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor y no
        reflejan necesariamente la línea editorial de {outlet}.|Este es un artículo de opinión.
        Las opiniones son de su autor.|
        Los editoriales expresan la opinión del periódico.|
        Nuestros editoriales reflejan la posición de la dirección.|
        La entrevista ha sido editada por razones de espacio.|
        Esta conversación fue condensada y editada por claridad.
    """,
    "footer": """
        Política de privacidad|Aviso legal|Contacto|Quiénes somos|Publicidad|Trabaja con
        nosotros|Accesibilidad|Mapa del sitio
    """,
    "paywall": """
        Este contenido es exclusivo para suscriptores.|Suscríbete para seguir leyendo| ¿Ya eres
        suscriptor? Inicia sesión|Has leído {n} de 10 artículos gratuitos este mes.|
        Artículo exclusivo para suscriptores|
        ¿Ya eres suscriptor? Inicia sesión
    """,
    "live_heading": "Última hora|En directo|Lo último|Minuto a minuto",
    "q_prefix": "P.|Pregunta:|—",
    "a_prefix": "R.|Respuesta:|—",
    "review_item": """
        {work}, de {person} ({house}, {pages} páginas)|{work}. {person}. {house}, {pages}
        págs.|Valoración: {stars}
    """,
    "houses": "Anagrama|Tusquets|Alfaguara|Seix Barral|Acantilado|Siruela",
    "letter_sign": "{name}, {town}|{name}. {town}",
    "letters_pitch": """
        Los lectores pueden enviar sus cartas al director; deben incluir nombre, localidad y
        número de documento.|Envíanos tu carta: la publicaremos si cumple las normas.
    """,
    "outlet_forms": "El {Noun} de {City}|Diario {Adj}|La Voz de {City}|El {Noun} {Adj}",
    "outlet_adjs": "Austral|Atlántico|Independiente|Nacional|Progresista|Regional|Mediterráneo",
    "outlet_nouns": "Heraldo|Correo|Diario|Faro|Eco|Mundo|Observador|Periódico",
    "outlet_cities": "Tarragona|Castilla|Levante|Soria|Aragón|Navarra|Asturias",
    "tlds": ".es|.com|.com.ar|.mx|.net",
    "url_sections": "opinion|tribuna|opinion/columnas|editoriales|cartas",
    "edition": "Edición España|Edición América|Edición Cataluña",
    "advert": "Publicidad|Contenido patrocinado|Anuncio",
    "apps": "Descarga nuestra app|Síguenos|Síguenos en Facebook",
    "gallery": "Ver galería|Ampliar imagen|Imagen {n} de {m}",
    "inline_related": """
        Lee también: {headline}|Te puede interesar: {headline}|Más información: {headline}
    """,
    "email_furniture": """
        Ver este correo en el navegador|Darse de baja|Recibes este correo porque te suscribiste a
        nuestro boletín.|Reenviar a un amigo|Actualizar preferencias
    """,
    "page_marker": "Página {n} de {m}|{n}/{m}|- {n} -",
    "quotes": "« »",
}
