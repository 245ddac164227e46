package bench;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.Micronaut;

/** The baseline: the smallest Micronaut HTTP app, answering one page. */
@Controller
public class Hello {
    public static void main(String[] args) {
        Micronaut.run(Hello.class, args);
    }

    @Get(produces = MediaType.TEXT_PLAIN)
    public String index() {
        return "hello";
    }
}
