import ArticleKit
