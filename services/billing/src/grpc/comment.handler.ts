import { requirePrincipal } from '@client-portal/kit';
import type { DocumentComment as DocumentCommentMessage, HandlersOf } from '@client-portal/contracts';
import type { CommentService } from '../application/comment.service.js';
import type { DocumentComment } from '../domain/comment.js';

const toMessage = (comment: DocumentComment): DocumentCommentMessage => ({
  id: comment.id,
  documentId: comment.documentId,
  author: comment.author,
  body: comment.body,
  postedAt: comment.postedAt.toISOString(),
});

export function commentHandlers(service: CommentService): HandlersOf<'comments'> {
  return {
    PostDocumentComment: async (request, call) =>
      toMessage(await service.post(requirePrincipal(call.metadata), request)),
    ListDocumentComments: async (request, call) => {
      const result = await service.list(requirePrincipal(call.metadata), request);
      return { comments: result.comments.map(toMessage), page: result.page };
    },
  };
}
