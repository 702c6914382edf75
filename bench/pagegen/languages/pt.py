"""Portuguese (keys as in `en.py`)."""

DATA = {
    "name": "Português",
    "function_words": """
        de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao
        ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso
        ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram
        essa num nem suas meu às minha têm numa pelos elas havia seja qual será nós tenho lhe
        deles essas esses pelas este fosse dele tu te vocês vos lhes ainda sobre porque assim onde
        sempre agora aqui
    """,
    "content_words": """
        governo país política lei eleições partido presidente ministro congresso senado direitos
        justiça tribunal liberdade democracia cidadãos sociedade economia crise emprego trabalho
        salários habitação preços inflação crescimento mercado empresas bancos dívida impostos
        despesa orçamento reforma sistema saúde educação escolas universidades hospitais doentes
        médicos professores estudantes famílias crianças jovens idosos pensões pobreza
        desigualdade riqueza rendimento cultura história memória língua identidade religião
        valores tradição futuro geração pergunta resposta problema solução plano estratégia
        promessa fracasso sucesso erro verdade dados relatório estudo sondagem análise argumento
        opinião ideia decisão voto campanha candidato oposição coligação maioria minoria protesto
        movimento críticos eleitores vizinhos bairros cidades aldeias ruas casas rendas senhorios
        inquilinos tecnologia internet plataformas privacidade polícia crimes prisões juízes
        advogados constituição soberania independência integração cooperação concorrência
        negociação acordo sanções exportações tarifas fábricas portos petróleo gás energia
        eletricidade clima emissões água agricultores terra transportes comboios estradas carros
        migração fronteiras refugiados guerra paz exército defesa aliança tratado poder mudança
        anos tempo mundo debate região município autarquia câmara assembleia instituições
        sindicatos greve funcionalismo importante difícil possível necessário claro grave político
        económico social nacional local global europeu público privado novo velho jovem longo
        curto grande pequeno melhor pior real simples moderno popular justo injusto honesto aberto
        forte fraco rico pobre livre caro urgente lento rápido recente fazer tomar dar encontrar
        pensar saber ver dizer pedir precisar querer acreditar defender proteger melhorar reduzir
        aumentar cortar subir gastar investir pagar perder ganhar falhar decidir escolher explicar
        prometer governar exigir temer esperar entender lembrar esquecer aceitar rejeitar apoiar
        construir nunca talvez simplesmente claramente rapidamente lentamente realmente quase
        juntos inclusive além
    """,
    "places": """
        Lisboa|Porto|Coimbra|Braga|Faro|São Paulo|Rio de Janeiro|Brasília|Luanda|
        Maputo|Bruxelas|Europa|África|São Bento|Belém|o Parlamento|o Tribunal Constitucional| a
        União Europeia|a NATO|as Nações Unidas
    """,
    "first_names": """
        João Maria José Ana António Joana Pedro Inês Miguel Catarina Rui Sofia Paulo Marta Carlos
        Beatriz Luís Teresa Tiago Rita Nuno Helena Ricardo Susana Francisco Raquel Bruno Patrícia
        Diogo Mariana Fernando Luísa Gonçalo Leonor Sérgio Cláudia
    """,
    "last_names": """
        Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes
        Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira
        Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves Coelho Cruz Cunha Pires
        Ramos Reis Simões Antunes Matos Fonseca Barbosa Tavares
    """,
    "surname_particles": "da |de |dos |das",
    "towns": """
        Aveiro|Viseu|Leiria|Setúbal|Évora|Beja|Guarda|Bragança|Santarém|Tomar| Funchal|Ponta
        Delgada|Guimarães|Covilhã|Curitiba|Recife|Salvador|Manaus|Niterói|Olinda
    """,
    "months": """
        janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
    """,
    "month_abbr": "jan fev mar abr mai jun jul ago set out nov dez",
    "weekdays": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "date_forms": """
        {day} de {month} de {year}|{weekday}, {day} de {month} de {year}| {day} de {month} de
        {year}, {hh}:{mi}|{day} {mon} {year} {hh}h{mi}|{year}-{mnum2}-{day2}| {Weekday}, {day} de
        {month} de {year} às {hh}:{mi}|{day} {MONTH} {year}
    """,
    "numeric_date_forms": """
        {day2}/{mnum2}/{year} às {hh}h{mi}|{day2}/{mnum2}/{year} - {hh}:{mi}|{day2}-{mnum2}-{year}
    """,
    "date_prefixes": "{date}|{date}|Publicado em {date}|Publicado a {date}|Publicado: {date}",
    "updated_forms": "Atualizado em {date}|Atualizado a {date}|Última atualização: {date}",
    "byline_forms": """
        Por {names}|Por {names}|Por {names}|{names}|Texto de {names}|Escrito por {names}
    """,
    "and": "e",
    "interview_by": "Entrevista de {names}|Entrevista conduzida por {names}",
    "roles": """
        professor de Economia na Universidade de {town}|investigadora do Instituto de Ciências
        Sociais|antigo ministro das Finanças|colunista deste jornal|professora de Ciência Política
        em {town}|diretor do Centro de Estudos Sociais|historiador e autor de vários livros sobre
        o pós-guerra|antigo embaixador em {town}|jornalista e escritora que vive em {town}
    """,
    "bio_forms": "{name} é {role}.|{name} é {role}. Escreve às quintas-feiras.",
    "byline_roles": """
        Economista|Politólogo|Colunista|Investigadora Principal|Correspondente em Bruxelas
    """,
    "role_orgs": """
        Fundação Francisco Manuel dos Santos|Instituto de Políticas Públicas|Observatório das
        Desigualdades
    """,
    "sections_opinion": "Opinião|Crónica|Ponto de vista|Colunistas|Tribuna",
    "sections_editorial": "Editorial|O editorial|A opinião do jornal",
    "sections_letter": "Cartas ao director|Cartas dos leitores|Cartas",
    "sections_analysis": "Análise|Explicador",
    "sections_interview": "Entrevista|A entrevista",
    "sections_review": "Crítica|Livros|Recensão|Cinema",
    "nav": """
        Início|País|Mundo|Política|Economia|Opinião|Cultura|Desporto|Sociedade|Ciência|Tecnologia|Vídeos|Podcasts|Última
        hora
    """,
    "skip": "Ir para o conteúdo|Saltar para o conteúdo principal|Menu|Pesquisar|Fechar",
    "login": "Entrar|Iniciar sessão|Registar|Assinar|A minha conta|Assine já",
    "login_form": """
        Endereço de email|Palavra-passe|Esqueceu-se da palavra-passe?|Lembrar-me| Criar
        conta|Entrar com Google|Ainda não tem conta? Registe-se grátis|Mostrar palavra-passe
    """,
    "cookie_text": """
        Utilizamos cookies próprios e de terceiros para melhorar a sua experiência, personalizar
        conteúdos e analisar o tráfego. Ao continuar a navegar, aceita a sua utilização.|Este site
        utiliza cookies. Alguns são essenciais, outros ajudam-nos a perceber como usa o site. Pode
        alterar a sua escolha a qualquer momento.
    """,
    "cookie_buttons": """
        Aceitar todos|Rejeitar todos|Configurar|Aceitar e fechar|Saber mais|Continuar sem aceitar
    """,
    "newsletter_text": """
        Subscreva a nossa newsletter e receba todas as manhãs o melhor de {outlet}.|Todos os dias,
        o essencial da atualidade no seu email.|As melhores crónicas da semana, todos os domingos
        no seu email.
    """,
    "newsletter_ui": "O seu email|Subscrever|Inscrever-me|Pode cancelar a qualquer momento.",
    "donation_text": """
        O jornalismo independente precisa do seu apoio. {outlet} é financiado pelos leitores, e
        cada contribuição, grande ou pequena, mantém os nossos artigos abertos a todos.|Se
        valoriza o nosso trabalho, apoie-nos com uma contribuição mensal: não dependemos de
        grandes grupos económicos.
    """,
    "donation_ui": "Apoiar|Contribuir agora|Torne-se membro|Faça um donativo",
    "share": """
        Partilhar|Partilhar no Facebook|Partilhar no X|WhatsApp|Email|Copiar
        link|LinkedIn|Telegram
    """,
    "comment_count": "{n} comentários|Comentários ({n})|Ver {n} comentários|{n} Comentários",
    "comment_heading": "Comentários|Comentários dos leitores|Participe",
    "comment_ui": """
        Responder|Denunciar|Gosto|Citar|Carregar mais comentários|Ver respostas|Ordenar por: mais
        recentes|Mais antigos
    """,
    "comment_ago": "há {n} horas|há {n} minutos|há {n} dias|há {n} h",
    "comment_policy": """
        Os comentários são moderados e publicados após aprovação. Mantenha um tom respeitoso.|Os
        comentários a este artigo estão fechados.|Leia as regras da comunidade antes de comentar.
    """,
    "related_heading": """
        Artigos relacionados|Mais opinião|Outras crónicas|Os mais lidos|Também pode
        interessar|Leia também|Recomendados|Mais sobre o tema
    """,
    "caption_credit": """
        Foto: {person}/{agency}|Fotografia: {agency}|© {agency}|Imagem: {agency}|Ilustração:
        {person}
    """,
    "agencies": "Lusa|Reuters|AFP|AP|Getty Images|EPA",
    "download": """
        Descarregar PDF|Imprimir|Guardar|Ouvir este artigo|Enviar por email|Ler mais tarde
    """,
    "copyright": """
        © {year} {outlet}. Todos os direitos reservados.|Copyright © {outlet} {year}|© {outlet}
        {year}
    """,
    "copyright_plain": "Todos os direitos reservados.|© Direitos reservados",
    "outlet_line": """
        Fonte: {outlet}|Publicado em {outlet}|Publicado originalmente em {outlet}.|De: {outlet}
    """,
    "link_line": "Fonte: {url}|Link: {url}|Ler online: {url}|{url}|URL: {url}",
    "home": "Início",
    "tags": "Temas: {tags}|Tags: {tags}|Mais sobre: {tags}",
    "read_time": "{n} min de leitura|Tempo de leitura: {n} minutos|{n} min",
    "disclaimer": """
        As opiniões expressas neste artigo são da exclusiva responsabilidade do autor e não
        refletem necessariamente a posição de {outlet}.|Este é um artigo de opinião. As opiniões
        são do autor.|
        Os editoriais expressam a opinião do jornal.|
        Os editoriais representam a posição da direção.|
        A entrevista foi editada por questões de clareza.|
        Esta conversa foi condensada e editada.
    """,
    "footer": """
        Política de privacidade|Termos de utilização|Contactos|Quem somos|Publicidade|Trabalhe
        connosco|Acessibilidade|Mapa do site
    """,
    "paywall": """
        Este artigo é exclusivo para assinantes.|Assine para continuar a ler| Já é assinante?
        Inicie sessão|Leu {n} de 5 artigos gratuitos este mês.|
        Conteúdo exclusivo para assinantes|
        Já é assinante? Entre na sua conta
    """,
    "live_heading": "Última hora|Em direto|Ao minuto|As últimas",
    "q_prefix": "P:|Pergunta:|—",
    "a_prefix": "R:|Resposta:|—",
    "review_item": """
        {work}, de {person} ({house}, {pages} páginas)|{work}. {person}. {house}, {pages}
        págs.|Classificação: {stars}
    """,
    "houses": "Relógio d'Água|Tinta-da-China|Quetzal|Companhia das Letras|Dom Quixote|Bertrand",
    "letter_sign": "{name}, {town}|{name} ({town})",
    "letters_pitch": """
        Os leitores podem enviar cartas ao director; os textos podem ser editados por razões de
        espaço.|Envie-nos a sua carta com nome e localidade.
    """,
    "outlet_forms": "O {Noun} de {City}|Jornal {Adj}|A Voz de {City}|O {Noun} {Adj}",
    "outlet_adjs": "Atlântico|Independente|Nacional|Regional|Português|Transmontano|Alentejano",
    "outlet_nouns": "Correio|Diário|Jornal|Mensageiro|Comércio|Notícias|Eco|Farol",
    "outlet_cities": "Minho|Alentejo|Algarve|Beira|Douro|Ribatejo|Açores",
    "tlds": ".pt|.com|.com.br|.net",
    "url_sections": "opiniao|cronica|editorial|cartas|colunistas",
    "edition": "Edição impressa|Edição digital|Edição Porto",
    "advert": "Publicidade|Conteúdo patrocinado|Anúncio",
    "apps": "Descarregue a nossa app|Siga-nos|Siga-nos no Facebook",
    "gallery": "Ver galeria|Ampliar imagem|Imagem {n} de {m}",
    "inline_related": "Leia também: {headline}|Saiba mais: {headline}|Veja também: {headline}",
    "email_furniture": """
        Ver este email no navegador|Cancelar subscrição|Recebe este email porque subscreveu a
        nossa newsletter.|Reencaminhar a um amigo|Atualizar preferências
    """,
    "page_marker": "Página {n} de {m}|{n}/{m}|- {n} -",
    "quotes": "“ ”",
}
